package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.disputatio.io.frab.internal.NameBasedUuids;
import org.junit.jupiter.api.Test;

/** Version-5 UUIDs as other implementations derive them. */
class NameBasedUuidsTest {

    @Test
    void matchesPythonsUuid5() {
        // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedUuids.v5(dns, "python.org"));
        // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, 'urn:disputatio:halvard-forum-2031:item:panel-2'))"
        assertEquals(UUID.fromString("480a6ef5-7554-53bd-ad16-67ce3a5f02b3"),
                NameBasedUuids.v5(NameBasedUuids.NAMESPACE_URL, "urn:disputatio:halvard-forum-2031:item:panel-2"));
    }
}
