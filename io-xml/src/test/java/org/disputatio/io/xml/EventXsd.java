package org.disputatio.io.xml;

import com.ctc.wstx.msv.W3CSchemaFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.validation.XMLValidationSchema;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The format's XSD ({@code event.xsd}) for tests, loaded by two schema processors that share no
 * code: the JDK's built-in one (its internal fork of Xerces, through {@code javax.xml.validation}),
 * hardened so that it may fetch nothing at all; and MSV, the Multi-Schema Validator that
 * Woodstox ships shaded inside woodstox-core and runs through the Stax2 validation API. Both
 * report every problem of a document, not only the first.
 */
final class EventXsd {

    static final String RESOURCE = "/org/disputatio/io/xml/event.xsd";
    static final String XML_NAMESPACE_RESOURCE = "/org/disputatio/io/xml/xml.xsd";
    static final List<String> GOLDEN = List.of("unesco-2017.xml", "saint-cyr-2014.xml");

    private EventXsd() {
    }

    // ---------------------------------------------------------------- the JDK's processor

    /** What the hardened JDK factory asked its resource resolver for: type, namespace, systemId. */
    static final List<String> RESOLVED = Collections.synchronizedList(new ArrayList<>());

    private static final Schema JDK_SCHEMA = loadWithJdk();

    /**
     * The schema, loaded by the JDK's own factory ({@link SchemaFactory#newDefaultInstance()}, so
     * that no other implementation on the class path can stand in) with secure processing on and
     * {@code ACCESS_EXTERNAL_DTD} and {@code ACCESS_EXTERNAL_SCHEMA} set to "": no protocol at all,
     * not even {@code file:} or {@code jar:}. The one schema document event.xsd imports, xml.xsd
     * for the XML namespace, comes from the class path through a resource resolver, the standard
     * way to supply an import under those restrictions; the resolver refuses anything else.
     */
    static Schema loadWithJdk() {
        try {
            SchemaFactory factory = hardenedJdkFactory();
            URL xsd = resource(RESOURCE);
            try (InputStream in = xsd.openStream()) {
                return factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
            }
        } catch (SAXException | IOException e) {
            throw new AssertionError("the XSD does not load: " + e, e);
        }
    }

    static SchemaFactory hardenedJdkFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setErrorHandler(new Collector());
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            RESOLVED.add(type + " " + namespace + " " + systemId);
            if (XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(type) && XMLConstants.XML_NS_URI.equals(namespace)
                    && "xml.xsd".equals(systemId)) {
                return new ClassPathInput(XML_NAMESPACE_RESOURCE, publicId, systemId, baseUri);
            }
            throw new IllegalStateException("the XSD asked for a resource it must not need: " + type + " "
                    + namespace + " " + systemId);
        });
        return factory;
    }

    static Schema jdkSchema() {
        return JDK_SCHEMA;
    }

    /** The problems the JDK's processor finds in the document, "line:column: message"; empty when valid. */
    static List<String> validate(String document) {
        return validate(JDK_SCHEMA, document);
    }

    static List<String> validate(Schema schema, String document) {
        Validator validator = schema.newValidator();
        Collector problems = new Collector();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(problems);
            validator.validate(new StreamSource(new StringReader(document)));
        } catch (SAXException e) {
            problems.add(e); // a fatal error: not well-formed, say
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.problems;
    }

    /** Collects errors and fatal errors; warnings (there should be none) count as problems too. */
    private static final class Collector implements ErrorHandler {
        final List<String> problems = new ArrayList<>();

        void add(SAXException e) {
            problems.add(e instanceof SAXParseException
                    ? ((SAXParseException) e).getLineNumber() + ":" + ((SAXParseException) e).getColumnNumber() + ": "
                            + e.getMessage()
                    : String.valueOf(e.getMessage()));
        }

        @Override
        public void warning(SAXParseException e) {
            add(e);
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** A resource on the class path, handed to the schema factory as bytes: nothing is fetched. */
    private static final class ClassPathInput implements LSInput {
        private final String resource;
        private String publicId;
        private String systemId;
        private String baseUri;

        ClassPathInput(String resource, String publicId, String systemId, String baseUri) {
            this.resource = resource;
            this.publicId = publicId;
            this.systemId = systemId;
            this.baseUri = baseUri;
        }

        @Override
        public InputStream getByteStream() {
            InputStream in = EventXsd.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return in;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
            this.systemId = systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            this.publicId = publicId;
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public void setBaseURI(String baseUri) {
            this.baseUri = baseUri;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }

    // ---------------------------------------------------------------- MSV, through Woodstox

    /**
     * The schema, loaded by MSV (shaded in woodstox-core as {@code com.ctc.wstx.shaded.msv_core})
     * from its class-path URL: the import of xml.xsd resolves next to it, in the same jar or
     * folder. MSV parses schema documents with the JDK's SAX parser but builds and checks the
     * grammar with its own code.
     */
    static XMLValidationSchema loadWithMsv() {
        try {
            return new W3CSchemaFactory().createSchema(resource(RESOURCE));
        } catch (XMLStreamException e) {
            throw new AssertionError("MSV does not accept the XSD: " + e, e);
        }
    }

    private static XMLValidationSchema msvSchema;

    static synchronized XMLValidationSchema msvSchema() {
        if (msvSchema == null) {
            msvSchema = loadWithMsv();
        }
        return msvSchema;
    }

    /** The problems MSV finds in the document, read by a Woodstox parser; empty when valid. */
    static List<String> validateWithMsv(String document) {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> problems = new ArrayList<>();
        try {
            XMLStreamReader2 reader = (XMLStreamReader2) factory.createXMLStreamReader(new StringReader(document));
            reader.setValidationProblemHandler(problem -> problems.add(
                    (problem.getLocation() == null ? "" : problem.getLocation().getLineNumber() + ":"
                            + problem.getLocation().getColumnNumber() + ": ") + problem.getMessage()));
            reader.validateAgainst(msvSchema());
            while (reader.hasNext()) {
                reader.next();
            }
            reader.close();
        } catch (XMLStreamException e) {
            problems.add("not well-formed: " + e.getMessage());
        }
        return problems;
    }

    // ---------------------------------------------------------------- documents

    static URL resource(String name) {
        URL url = EventXml.class.getResource(name);
        if (url == null) {
            throw new AssertionError(name + " is not on the class path");
        }
        return url;
    }

    /** A golden file's text. */
    static String golden(String name) {
        try (InputStream in = EventXsd.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError(name + " is not among the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one {@code ```xml} block of io-xml/README.md. */
    static String readmeExample() {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher block = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        if (!block.find()) {
            throw new AssertionError("no ```xml block in io-xml/README.md");
        }
        String example = block.group(1);
        if (block.find()) {
            throw new AssertionError("more than one ```xml block in io-xml/README.md: which is the example?");
        }
        return example;
    }

    /** The text with the first occurrence of a literal replaced; fails if it does not occur. */
    static String replaceFirst(String text, String literal, String replacement) {
        int at = text.indexOf(literal);
        if (at < 0) {
            throw new AssertionError("the document does not contain " + literal);
        }
        return text.substring(0, at) + replacement + text.substring(at + literal.length());
    }

    static String describe(List<String> problems) {
        StringBuilder out = new StringBuilder();
        for (String problem : problems) {
            out.append("\n  ").append(problem);
        }
        return out.toString();
    }
}
