package com.shopagent.core.privacy;

import akka.actor.ExtendedActorSystem;
import akka.serialization.SerializerWithStringManifest;
import akka.serialization.jackson.JacksonCborSerializer;
import java.io.NotSerializableException;

/**
 * Akka serializer for what sessions journal and snapshot: Jackson CBOR, sealed with AES-GCM
 * under the key ring in {@code shop-agent.encryption.keys}, so the database never holds
 * transcript text in the clear.
 */
public final class EncryptingSerializer extends SerializerWithStringManifest {
  private final JacksonCborSerializer cbor;
  private final String ring;
  private volatile TextCipher cipher;

  public EncryptingSerializer(ExtendedActorSystem system) {
    this.cbor = new JacksonCborSerializer(system, "jackson-cbor");
    this.ring = system.settings().config().getString("shop-agent.encryption.keys");
  }

  /** Read on first use: a system that never stores sessions needs no key. */
  private TextCipher cipher() {
    TextCipher c = cipher;
    if (c == null) {
      if (ring.isBlank()) {
        throw new IllegalStateException("shop-agent.encryption.keys (AGENT_ENCRYPTION_KEYS) is not set");
      }
      c = TextCipher.fromRing(ring);
      cipher = c;
    }
    return c;
  }

  @Override
  public int identifier() {
    return 940_201;
  }

  @Override
  public String manifest(Object o) {
    return cbor.manifest(o);
  }

  @Override
  public byte[] toBinary(Object o) {
    return cipher().seal(cbor.toBinary(o));
  }

  @Override
  public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
    return cbor.fromBinary(cipher().open(bytes), manifest);
  }
}
