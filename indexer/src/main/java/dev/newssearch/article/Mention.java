package dev.newssearch.article;

/**
 * A span of the body that names or refers to a speaker ("Putin", "the Chinese leader", "he").
 *
 * @param start offset of the first character in the body
 * @param end offset just past the last character in the body
 * @param text the span's text
 */
public record Mention(int start, int end, String text) {}
