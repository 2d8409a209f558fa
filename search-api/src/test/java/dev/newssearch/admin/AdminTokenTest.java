package dev.newssearch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenTest {
  private final AdminToken token = AdminToken.of("correct horse battery staple").orElseThrow();

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void aMissingOrBlankSettingDisablesTheAdminEndpoints(String value) {
    assertEquals(Optional.empty(), AdminToken.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer correct horse battery staple", "bearer correct horse battery staple", "BEARER  correct horse battery staple "})
  void theExactTokenAsABearerCredentialIsAccepted(String header) {
    assertTrue(token.accepts(header));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "Bearer", "Bearer ", "correct horse battery staple", "Basic correct horse battery staple",
      "Bearer correct horse battery", "Bearer correct horse battery staples", "Bearer Correct horse battery staple"})
  void anythingElseIsRefused(String header) {
    assertFalse(token.accepts(header));
  }

  @Test
  void theTokenNeverAppearsInItsStringForm() {
    assertFalse(token.toString().contains("staple"));
  }
}
