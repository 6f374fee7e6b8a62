package com.shopagent.core;

/**
 * Marker for what is stored at rest and holds customer text (journal events, snapshots): Jackson
 * CBOR sealed with AES-GCM (see serialization bindings in reference.conf).
 */
public interface EncryptedSerializable {}
