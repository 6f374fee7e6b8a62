package com.shopagent.core.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for what the agent stores at rest (journal payloads, ticket transcripts). Each
 * ciphertext names the key that sealed it, so keys rotate: new data uses the first key of the
 * ring, old data opens with whichever key it names.
 *
 * <p>Layout: version byte 1, key-id length, key id (UTF-8), 12-byte IV, ciphertext with tag.
 */
public final class TextCipher {
  private static final byte VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, SecretKeySpec> keys;
  private final String currentId;

  private TextCipher(Map<String, SecretKeySpec> keys, String currentId) {
    this.keys = keys;
    this.currentId = currentId;
  }

  /** A ring written as {@code id:base64key[,id:base64key...]}; the first key seals new data. */
  public static TextCipher fromRing(String ring) {
    Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    for (String entry : ring.split(",")) {
      String[] idKey = entry.trim().split(":", 2);
      if (idKey.length != 2 || idKey[0].isBlank() || idKey[0].length() > 64) {
        throw new IllegalArgumentException("an encryption key is written id:base64key");
      }
      byte[] key = Base64.getDecoder().decode(idKey[1].trim());
      if (key.length != 32) {
        throw new IllegalArgumentException("encryption key " + idKey[0] + " must be 32 bytes (AES-256)");
      }
      keys.put(idKey[0], new SecretKeySpec(key, "AES"));
    }
    return new TextCipher(Map.copyOf(keys), keys.keySet().iterator().next());
  }

  /** A fresh ring entry, for generated demo secrets. */
  public static String newRingEntry(String id) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return id + ":" + Base64.getEncoder().encodeToString(key);
  }

  public byte[] seal(byte[] plain) {
    byte[] id = currentId.getBytes(StandardCharsets.UTF_8);
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(currentId), iv, plain);
    return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
        .put(VERSION).put((byte) id.length).put(id).put(iv).put(sealed).array();
  }

  public byte[] open(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    if (in.get() != VERSION) {
      throw new IllegalArgumentException("not sealed by this agent (unknown format)");
    }
    byte[] id = new byte[in.get()];
    in.get(id);
    String keyId = new String(id, StandardCharsets.UTF_8);
    SecretKeySpec key = keys.get(keyId);
    if (key == null) {
      throw new IllegalStateException("no encryption key '" + keyId + "' in the key ring");
    }
    byte[] iv = new byte[IV_BYTES];
    in.get(iv);
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    return crypt(Cipher.DECRYPT_MODE, key, iv, sealed);
  }

  public String sealText(String plain) {
    return Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
  }

  public String openText(String sealed) {
    return new String(open(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
  }

  private static byte[] crypt(int mode, SecretKeySpec key, byte[] iv, byte[] input) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, key, new GCMParameterSpec(128, iv));
      return c.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed (wrong key or tampered data)", e);
    }
  }
}
