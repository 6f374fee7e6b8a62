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
  private final TextCipher cipher;

  public EncryptingSerializer(ExtendedActorSystem system) {
    this.cbor = new JacksonCborSerializer(system, "jackson-cbor");
    String ring = system.settings().config().getString("shop-agent.encryption.keys");
    if (ring.isBlank()) {
      throw new IllegalStateException("shop-agent.encryption.keys (AGENT_ENCRYPTION_KEYS) is not set");
    }
    this.cipher = TextCipher.fromRing(ring);
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
    return cipher.seal(cbor.toBinary(o));
  }

  @Override
  public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
    return cbor.fromBinary(cipher.open(bytes), manifest);
  }
}
