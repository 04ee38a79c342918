package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS settings a careless caller gets wrong are refused before any connection, each with its reason. */
class TlsOptionsTest {
  @Test
  void namesAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.pem");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsOptions.trusting(missing));
    assertTrue(e.getMessage().startsWith("cannot read the CA file " + missing), e.getMessage());
  }

  @Test
  void refusesAPemThatIsNone() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsOptions.trustingPem("not a pem").credentials());
    assertTrue(e.getMessage().startsWith("the TLS certificates or key cannot be used: the CA holds no PEM certificate"), e.getMessage());
  }

  @Test
  void refusesATokenWithALineBreak() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsOptions.systemRoots().bearerToken("abc\n"));
    assertTrue(e.getMessage().contains("line break"), e.getMessage());
  }
}
