package dev.newssearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newssearch.index.IndexReport;
import dev.newssearch.read.ReadProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Prints the summary of an indexing run and writes it as JSON for {@code --report}. */
final class ReportPrinter {

  /** Problems listed on the terminal; the JSON report always has all of them. */
  private static final int LISTED_PROBLEMS = 50;

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  void print(IndexReport report, PrintWriter out) {
    out.printf(Locale.ROOT, "%s%s: %d files, %d articles read in %.1f s (%.0f articles/s)%n",
        report.mode(), report.dryRun() ? " (dry run, nothing written)" : "", report.files(), report.articles(),
        report.elapsedMillis() / 1000.0, report.articlesPerSecond());
    if (report.mode().equals("update")) {
      out.printf(Locale.ROOT, "  added %d, replaced %d, unchanged %d, deleted %d%n",
          report.added(), report.replaced(), report.unchanged(), report.deleted());
    } else {
      out.printf(Locale.ROOT, "  indexed %d articles into %s%n", report.added(), report.generation());
    }
    out.printf(Locale.ROOT, "  skipped %d, warnings %d%n", report.skipped(), report.warnings());
    int listed = 0;
    for (ReadProblem problem : report.problems()) {
      if (listed++ == LISTED_PROBLEMS) {
        out.printf(Locale.ROOT, "  … %d more (use --report FILE for the full list)%n", report.problems().size() - LISTED_PROBLEMS);
        break;
      }
      out.println("  " + problem.severity().name().toLowerCase(Locale.ROOT) + " " + problem);
    }
    out.flush();
  }

  void write(IndexReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    json.writeValue(file.toFile(), report);
  }
}
