/**
 * Reading article files: {@link dev.newssearch.read.ArticleFiles} walks an input folder, rejects
 * what cannot be an article (binary, empty, oversized, not UTF-8, unreadable, symlink loops) with a
 * one-line reason, and hands every other file to the {@link dev.newssearch.read.ArticleReader} for
 * its format. Nothing here stops a run: a problem becomes a {@link dev.newssearch.read.ReadProblem}.
 */
package dev.newssearch.read;
