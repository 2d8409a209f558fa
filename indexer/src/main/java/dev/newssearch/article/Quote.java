package dev.newssearch.article;

/**
 * One attributed statement in an article body.
 *
 * @param speaker the canonical name of who spoke ("Vladimir Putin"), resolved within the article and
 *     through the alias list
 * @param speakerKind whether the speaker is a person or an organisation
 * @param type how the words are reported
 * @param text the quoted or reported words, exactly as they stand in the body
 * @param start offset of the first character of {@code text} in the body
 * @param end offset just past the last character of {@code text} in the body
 * @param mention where the speaker is named or referred to for this quote
 */
public record Quote(
    String speaker,
    SpeakerKind speakerKind,
    QuoteType type,
    String text,
    int start,
    int end,
    Mention mention) {}
