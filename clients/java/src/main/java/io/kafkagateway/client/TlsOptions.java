package io.kafkagateway.client;

import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.CompositeChannelCredentials;
import io.grpc.Metadata;
import io.grpc.SecurityLevel;
import io.grpc.Status;
import io.grpc.TlsChannelCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.concurrent.Executor;

/**
 * How to reach a gateway that serves TLS (--tls-cert): the CA that signed its certificate, a client certificate
 * for mutual TLS (--tls-client-ca), and a bearer token sent with every call, streams included. Immutable: each
 * method returns a copy. {@code Gateway.connect(address, options)} makes the channel.
 */
public final class TlsOptions {
  private final byte[] ca;
  private final byte[] cert;
  private final byte[] key;
  private final String token;

  private TlsOptions(byte[] ca, byte[] cert, byte[] key, String token) {
    this.ca = ca;
    this.cert = cert;
    this.key = key;
    this.token = token;
  }

  /** Trusts the CA in this PEM file. */
  public static TlsOptions trusting(Path caFile) {
    return new TlsOptions(read("CA", caFile), null, null, null);
  }

  /** Trusts the CA in this PEM text. */
  public static TlsOptions trustingPem(String caPem) {
    return new TlsOptions(caPem.getBytes(StandardCharsets.US_ASCII), null, null, null);
  }

  /** Trusts the JDK's default roots (a gateway whose certificate a public CA signed). */
  public static TlsOptions systemRoots() {
    return new TlsOptions(null, null, null, null);
  }

  /** Presents this client certificate (PEM files, the key PKCS#8) to a gateway that asks for one. */
  public TlsOptions clientCertificate(Path certFile, Path keyFile) {
    return new TlsOptions(ca, read("client certificate", certFile), read("client key", keyFile), token);
  }

  /** Presents this client certificate, given as PEM text (the key PKCS#8). */
  public TlsOptions clientCertificatePem(String certPem, String keyPem) {
    return new TlsOptions(ca, certPem.getBytes(StandardCharsets.US_ASCII), keyPem.getBytes(StandardCharsets.US_ASCII), token);
  }

  /** Sends {@code authorization: Bearer <token>} with every call; null or empty sends none. */
  public TlsOptions bearerToken(String token) {
    if (token != null && (token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0)) {
      // A header value cannot hold a line break; grpc would fail each call with a vaguer error.
      throw new IllegalArgumentException("the bearer token contains a line break (read from a file? strip it)");
    }
    return new TlsOptions(ca, cert, key, token == null || token.isEmpty() ? null : token);
  }

  /** The channel credentials these options describe. */
  public ChannelCredentials credentials() {
    TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder();
    try {
      // grpc reads the PEMs only when it connects; a broken one would then be a vague UNAVAILABLE.
      if (ca != null) tls.trustManager(stream(certificates("CA", ca)));
      if (cert != null) tls.keyManager(stream(certificates("client certificate", cert)), stream(key));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the TLS certificates or key cannot be used: " + e.getMessage(), e);
    }
    ChannelCredentials channel = tls.build();
    return token == null ? channel : CompositeChannelCredentials.create(channel, new BearerToken(token));
  }

  /** The PEM, once it is known to hold at least one certificate. */
  private static byte[] certificates(String what, byte[] pem) {
    try {
      if (CertificateFactory.getInstance("X.509").generateCertificates(stream(pem)).isEmpty()) {
        throw new IllegalArgumentException("the " + what + " holds no PEM certificate");
      }
    } catch (CertificateException e) {
      throw new IllegalArgumentException("the " + what + " holds no PEM certificate: " + e.getMessage(), e);
    }
    return pem;
  }

  private static InputStream stream(byte[] pem) {
    return new ByteArrayInputStream(pem);
  }

  private static byte[] read(String what, Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the " + what + " file " + file + ": " + e, e);
    }
  }

  /** The token as call credentials; never sent over a channel without privacy, whatever channel it is used on. */
  private static final class BearerToken extends CallCredentials {
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private final String token;

    BearerToken(String token) {
      this.token = token;
    }

    @Override
    public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
      if (info.getSecurityLevel() != SecurityLevel.PRIVACY_AND_INTEGRITY) {
        applier.fail(Status.UNAUTHENTICATED.withDescription("a bearer token is sent over TLS only"));
        return;
      }
      Metadata headers = new Metadata();
      headers.put(AUTHORIZATION, "Bearer " + token);
      applier.apply(headers);
    }
  }
}
