package com.shopagent.core.privacy;

import akka.actor.ExtendedActorSystem;
import akka.serialization.SerializerWithStringManifest;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.shopagent.core.EncryptedSerializable;
import java.io.IOException;
import java.io.NotSerializableException;
import java.util.Optional;

/**
 * Akka serializer for what sessions journal and snapshot: Jackson CBOR (Akka's configured
 * mapper), sealed with AES-GCM under the key ring in {@code shop-agent.encryption.keys}, so the
 * database never holds transcript text in the clear. Only {@link EncryptedSerializable} classes
 * are ever read back.
 */
public final class EncryptingSerializer extends SerializerWithStringManifest {
  private final ExtendedActorSystem system;
  private final ObjectMapper cbor;
  private final String ring;
  private volatile TextCipher cipher;

  public EncryptingSerializer(ExtendedActorSystem system) {
    this.system = system;
    this.cbor = JacksonObjectMapperProvider.get(system).getOrCreate("jackson-cbor", Optional.of(new CBORFactory()));
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
    return o.getClass().getName();
  }

  @Override
  public byte[] toBinary(Object o) {
    try {
      return cipher().seal(cbor.writeValueAsBytes(o));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot serialize " + o.getClass().getName(), e);
    }
  }

  @Override
  public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
    Class<?> type;
    try {
      type = Class.forName(manifest, false, system.dynamicAccess().classLoader());
    } catch (ClassNotFoundException e) {
      throw new NotSerializableException("unknown class " + manifest);
    }
    if (!EncryptedSerializable.class.isAssignableFrom(type)) {
      throw new NotSerializableException(manifest + " is not an EncryptedSerializable"); // never read arbitrary types
    }
    try {
      return cbor.readValue(cipher().open(bytes), type);
    } catch (IOException e) {
      throw new NotSerializableException("cannot read " + manifest + ": " + e.getMessage());
    }
  }
}
