package dev.newssearch.search;

/**
 * A speaker and how often they are quoted.
 *
 * @param name canonical name
 * @param articles articles quoting them
 * @param quotes quotes attributed to them
 */
public record SpeakerCount(String name, long articles, long quotes) {}
