package org.disputatio.testkit.jqwik;

import java.util.List;
import java.util.Map;
import org.disputatio.model.LocalizedText;

/** Readable words for generated texts, in a few languages; any other language gets the English ones tagged. */
final class Texts {

    private static final List<String> ENGLISH = List.of("Opening", "Cyber norms", "Critical infrastructure",
            "Capacity building", "Closing remarks", "Coffee break", "Attribution", "Confidence building",
            "Due diligence", "Digital sovereignty", "Incident response", "Lunch");
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", ENGLISH,
            "fr", List.of("Ouverture", "Normes du cyberespace", "Infrastructures critiques",
                    "Renforcement des capacités", "Clôture", "Pause café", "Attribution", "Mesures de confiance",
                    "Diligence requise", "Souveraineté numérique", "Réponse aux incidents", "Déjeuner"),
            "de", List.of("Eröffnung", "Cybernormen", "Kritische Infrastrukturen", "Kapazitätsaufbau",
                    "Schlussworte", "Kaffeepause", "Zuordnung", "Vertrauensbildung", "Sorgfaltspflicht",
                    "Digitale Souveränität", "Vorfallreaktion", "Mittagessen"),
            "es", List.of("Apertura", "Normas cibernéticas", "Infraestructuras críticas", "Fortalecimiento",
                    "Clausura", "Pausa café", "Atribución", "Medidas de confianza", "Diligencia debida",
                    "Soberanía digital", "Respuesta a incidentes", "Almuerzo"),
            "zh", List.of("开幕", "网络规范", "关键基础设施", "能力建设", "闭幕词", "茶歇", "归因", "建立信任", "尽职调查",
                    "数字主权", "事件响应", "午餐"),
            "ar", List.of("الافتتاح", "معايير الفضاء الإلكتروني", "البنية التحتية الحيوية", "بناء القدرات", "الختام",
                    "استراحة", "الإسناد", "بناء الثقة", "العناية الواجبة", "السيادة الرقمية", "الاستجابة للحوادث",
                    "الغداء"),
            "ru", List.of("Открытие", "Кибернормы", "Критическая инфраструктура", "Наращивание потенциала",
                    "Закрытие", "Кофе-брейк", "Атрибуция", "Меры доверия", "Должная осмотрительность",
                    "Цифровой суверенитет", "Реагирование на инциденты", "Обед"),
            "ja", List.of("開会", "サイバー規範", "重要インフラ", "能力構築", "閉会", "休憩", "帰属", "信頼醸成",
                    "相当の注意", "デジタル主権", "インシデント対応", "昼食"));

    /** How many words each language has. */
    static final int SIZE = ENGLISH.size();

    private Texts() {
    }

    /** The word of this number in this language, with a number to tell items apart. */
    static String word(String languageTag, int word) {
        String language = languageTag.toLowerCase(java.util.Locale.ROOT).split("-")[0];
        List<String> words = WORDS.getOrDefault(language, ENGLISH);
        String text = words.get(Math.floorMod(word, words.size()));
        return WORDS.containsKey(language) ? text : text + " (" + languageTag + ")";
    }

    /** The text in every language, the word of this number in each. */
    static LocalizedText text(List<String> languages, int word) {
        return text(languages, word, "");
    }

    /** The text in every language, the word of this number in each, with a suffix. */
    static LocalizedText text(List<String> languages, int word, String suffix) {
        LocalizedText.Builder text = LocalizedText.builder();
        for (String language : languages) {
            text.put(language, word(language, word) + suffix);
        }
        return text.build();
    }
}
