package dev.newssearch.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The verbs that report speech ("said", "told", "urged", "denied"…), with the few facts the
 * attribution rules need about each, read from {@code speech-verbs.txt}.
 */
final class SpeechVerbs {

  /** One inflected form of a speech verb. */
  record Verb(
      String lemma, boolean tell, boolean needsClause, boolean relay, boolean participle, boolean topic,
      boolean noun) {}

  private static final Map<String, Verb> FORMS = load();

  private SpeechVerbs() {}

  /** The speech verb a lower-case word is a form of, or {@code null}. */
  static Verb of(String lowerWord) {
    return FORMS.get(lowerWord);
  }

  private static Map<String, Verb> load() {
    Map<String, Verb> forms = new HashMap<>();
    for (String line : WordLists.lines("speech-verbs.txt")) {
      String flags = "";
      int colon = line.indexOf(':');
      if (colon >= 0) {
        flags = line.substring(colon + 1);
        line = line.substring(0, colon);
      }
      String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
      String lemma = words[0];
      boolean tell = flags.contains("tell");
      boolean clause = flags.contains("clause");
      boolean relay = flags.contains("relay");
      boolean topic = flags.contains("topic");
      boolean noun = flags.contains("noun");
      String[] forms0 = words.length > 1 ? words : inflect(lemma);
      for (String form : forms0) {
        boolean nounForm = noun && (form.equals(lemma) || form.equals(lemma + "s"));
        forms.putIfAbsent(form, new Verb(lemma, tell, clause, relay, form.endsWith("ing"), topic, nounForm));
      }
      if (words.length > 1) {
        forms.putIfAbsent(lemma, new Verb(lemma, tell, clause, relay, false, topic, noun));
      }
    }
    return Map.copyOf(forms);
  }

  /** Regular English inflection: lemma, -s, -ed, -ing. Irregular verbs list their forms. */
  private static String[] inflect(String lemma) {
    if (lemma.endsWith("e")) {
      String stem = lemma.substring(0, lemma.length() - 1);
      return new String[] {lemma, lemma + "s", lemma + "d", stem + "ing"};
    }
    if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
      String stem = lemma.substring(0, lemma.length() - 1);
      return new String[] {lemma, stem + "ies", stem + "ied", lemma + "ing"};
    }
    if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")) {
      return new String[] {lemma, lemma + "es", lemma + "ed", lemma + "ing"};
    }
    return new String[] {lemma, lemma + "s", lemma + "ed", lemma + "ing"};
  }
}
