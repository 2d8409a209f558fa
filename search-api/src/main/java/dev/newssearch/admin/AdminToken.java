package dev.newssearch.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret that guards the admin endpoints, checked against an {@code Authorization: Bearer …}
 * header.
 *
 * <p>Only a SHA-256 digest of the token is kept, and a presented token is digested the same way and
 * compared with {@link MessageDigest#isEqual}, which takes the same time wherever the first
 * difference is: the answer time tells an attacker nothing about how much of a guess was right, not
 * even its length.
 */
public final class AdminToken {

  /** The environment variable {@code serve} reads the token from. */
  public static final String ENVIRONMENT_VARIABLE = "NEWS_SEARCH_ADMIN_TOKEN";

  private static final String BEARER = "bearer ";

  private final byte[] digest;

  private AdminToken(String token) {
    this.digest = sha256(token);
  }

  /**
   * The token from a configuration value, such as the environment variable.
   *
   * @param value the configured token, possibly {@code null}
   * @return the token, or empty when the value is missing or blank: the admin endpoints are then
   *     disabled
   */
  public static Optional<AdminToken> of(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(new AdminToken(value.strip()));
  }

  /**
   * Whether an {@code Authorization} header carries this token.
   *
   * @param authorization the header's value, possibly {@code null}
   */
  public boolean accepts(String authorization) {
    if (authorization == null || authorization.length() <= BEARER.length()
        || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Never shows the token, so it cannot leak into a log. */
  @Override
  public String toString() {
    return "AdminToken[hidden]";
  }
}
