package dev.newssearch.read;

import java.nio.file.Path;

/**
 * A file to read and the name it goes by in ids and reports.
 *
 * @param path where the file is
 * @param relativePath its path relative to the input folder, with {@code /} separators
 */
public record SourceFile(Path path, String relativePath) {}
