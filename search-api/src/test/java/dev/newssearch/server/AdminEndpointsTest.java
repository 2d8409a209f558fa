package dev.newssearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newssearch.testing.SeedServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/admin/*} over real HTTP: the token, one job at a time, status and reports. */
class AdminEndpointsTest {
  @TempDir Path temp;

  /** Three short articles: enough to see a reindex and an update at work, quick to index. */
  private Path smallInput() throws IOException {
    return SeedServer.folder(temp,
        "tide.txt", "date: 2024-05-01\n\nThe tide rose over the quay on Friday.\n",
        "market.txt", "date: 2024-05-02\n\nThe fish market opened at dawn.\n",
        "ferry.txt", "date: 2024-05-03\n\nThe ferry was late again, the captain said.\n");
  }

  private AdminTestServer server(String token) throws IOException {
    return new AdminTestServer(temp.resolve("index"), smallInput(), Executors.newSingleThreadExecutor(), token);
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode error = AdminTestServer.parse(response).get("error");
    assertEquals(status, error.get("status").asInt());
    assertEquals(code, error.get("code").asText());
  }

  @Test
  void withoutAConfiguredTokenTheAdminEndpointsAre404s() throws IOException {
    try (AdminTestServer server = server(null)) {
      HttpResponse<String> reindex = server.post("/api/admin/reindex", AdminTestServer.TOKEN);
      assertError(reindex, 404, "admin_disabled");
      assertTrue(reindex.body().contains("admin endpoints are disabled"), reindex.body());
      assertError(server.post("/api/admin/update", "anything"), 404, "admin_disabled");
      assertError(server.get("/api/admin/status", null), 404, "admin_disabled");
    }
  }

  @Test
  void aMissingOrWrongTokenIsA401AndStartsNothing() throws Exception {
    try (AdminTestServer server = server(AdminTestServer.TOKEN)) {
      for (String token : new String[] {null, "", "wrong-token", "s3cret-admin-token-for-test", "s3cret-admin-token-for-tests-and-more"}) {
        HttpResponse<String> response = server.post("/api/admin/reindex", token);
        assertError(response, 401, "unauthorized");
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertError(server.post("/api/admin/update", token), 401, "unauthorized");
        assertError(server.get("/api/admin/status", token), 401, "unauthorized");
      }
      JsonNode status = AdminTestServer.parse(server.get("/api/admin/status", AdminTestServer.TOKEN));
      assertTrue(status.get("running").isNull() && status.get("last").isNull(), "no job was started: " + status);
    }
  }

  @Test
  void theTokenMustComeAsABearerCredential() throws IOException {
    try (AdminTestServer server = server(AdminTestServer.TOKEN)) {
      assertError(server.getWithAuthorization("/api/admin/status", "Basic " + AdminTestServer.TOKEN), 401, "unauthorized");
      assertError(server.getWithAuthorization("/api/admin/status", AdminTestServer.TOKEN), 401, "unauthorized");
      assertEquals(200, server.getWithAuthorization("/api/admin/status", "bearer " + AdminTestServer.TOKEN).statusCode(),
          "the scheme is case-insensitive (RFC 9110)");
    }
  }

  @Test
  void aSecondJobWhileOneRunsIsA409AndTheStatusShowsTheRunningJob() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    // The executor's one thread waits at the gate, so the job stays queued, and running, until the test opens it.
    executor.execute(() -> {
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try (AdminTestServer server = new AdminTestServer(temp.resolve("index"), smallInput(), executor, AdminTestServer.TOKEN)) {
      HttpResponse<String> started = server.post("/api/admin/reindex", AdminTestServer.TOKEN);
      assertEquals(202, started.statusCode(), started.body());
      JsonNode job = AdminTestServer.parse(started).get("started");
      assertEquals("reindex", job.get("kind").asText());
      assertEquals("listing", job.get("phase").asText());

      assertError(server.post("/api/admin/update", AdminTestServer.TOKEN), 409, "job_running");
      assertError(server.post("/api/admin/reindex", AdminTestServer.TOKEN), 409, "job_running");
      JsonNode status = AdminTestServer.parse(server.get("/api/admin/status", AdminTestServer.TOKEN));
      assertEquals("reindex", status.at("/running/kind").asText());
      assertEquals(job.get("startedAt").asText(), status.at("/running/startedAt").asText());
      assertTrue(status.get("last").isNull(), "no job has finished yet");

      gate.countDown();
      JsonNode last = server.awaitResult(job.get("startedAt").asText());
      assertEquals("done", last.get("outcome").asText());
      assertEquals(0, last.get("exitCode").asInt());
      assertEquals("gen-000002", last.at("/report/generation").asText());
      assertEquals(3, last.at("/report/added").asInt());
      assertTrue(AdminTestServer.parse(server.get("/api/admin/status", AdminTestServer.TOKEN)).get("running").isNull());
      assertEquals("gen-000002", server.json("/health").get("generation").asText(), "searchers switched when the job finished");
    }
  }

  @Test
  void anUpdateWithABadFileEndsDoneWithSkipsAndItsReport() throws Exception {
    try (AdminTestServer server = server(AdminTestServer.TOKEN)) {
      Path input = temp.resolve("input");
      Files.writeString(input.resolve("new.txt"), "date: 2024-05-06\n\nThe harbour reopened after the storm.\n");
      Files.write(input.resolve("broken.txt"), new byte[] {'a', 0, 0, 'b'});
      HttpResponse<String> started = server.post("/api/admin/update", AdminTestServer.TOKEN);
      assertEquals(202, started.statusCode(), started.body());
      JsonNode last = server.awaitResult(AdminTestServer.parse(started).at("/started/startedAt").asText());
      assertEquals("update", last.get("kind").asText());
      assertEquals("done_with_skips", last.get("outcome").asText());
      assertEquals(3, last.get("exitCode").asInt());
      assertEquals(1, last.at("/report/added").asInt());
      assertEquals(3, last.at("/report/unchanged").asInt());
      assertEquals("broken.txt", last.at("/report/problems/0/path").asText());
      assertEquals("SKIPPED", last.at("/report/problems/0/severity").asText());
      assertEquals(1, server.json("/api/search?q=harbour").get("total").asInt(), "searchable as soon as the job is done");
    }
  }

  @Test
  void aJobThatFailsSaysWhyAndLeavesTheIndexAsItWas() throws Exception {
    try (AdminTestServer server = server(AdminTestServer.TOKEN)) {
      try (Stream<Path> files = Files.list(temp.resolve("input"))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(temp.resolve("input"));
      HttpResponse<String> started = server.post("/api/admin/reindex", AdminTestServer.TOKEN);
      JsonNode last = server.awaitResult(AdminTestServer.parse(started).at("/started/startedAt").asText());
      assertEquals("failed", last.get("outcome").asText());
      assertEquals(4, last.get("exitCode").asInt());
      assertTrue(last.get("error").asText().startsWith("no such file or folder: "), last.toString());
      assertTrue(last.path("report").isMissingNode(), "a failed job has no report");
      assertEquals("gen-000001", server.json("/health").get("generation").asText());
      assertEquals(3, server.json("/api/search?q=").get("total").asInt());
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheAdminEndpointsAndTheirToken() throws IOException {
    try (AdminTestServer server = server(null)) {
      JsonNode doc = server.json("/openapi.json");
      for (String path : new String[] {"/api/admin/reindex", "/api/admin/update"}) {
        JsonNode post = doc.at("/paths/" + path.replace("/", "~1") + "/post");
        assertEquals("adminToken", post.at("/security/0").fieldNames().next(), path);
        for (String status : new String[] {"202", "401", "404", "409"}) {
          assertTrue(post.get("responses").has(status), path + " " + status);
        }
      }
      assertTrue(doc.at("/paths/~1api~1admin~1status/get/responses").has("200"));
      assertEquals("bearer", doc.at("/components/securitySchemes/adminToken/scheme").asText());
    }
  }

  @Test
  void aJobWhileAnotherProcessWritesTheIndexFailsWithItsProcessId() throws Exception {
    try (AdminTestServer server = server(AdminTestServer.TOKEN);
        var commandLineRun = server.generations().lockForWriting()) {
      HttpResponse<String> started = server.post("/api/admin/update", AdminTestServer.TOKEN);
      JsonNode last = server.awaitResult(AdminTestServer.parse(started).at("/started/startedAt").asText());
      assertEquals("failed", last.get("outcome").asText());
      assertEquals(5, last.get("exitCode").asInt());
      assertTrue(last.get("error").asText().contains("is being written by process " + ProcessHandle.current().pid()), last.toString());
    }
  }
}
