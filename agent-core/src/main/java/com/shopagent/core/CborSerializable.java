package com.shopagent.core;

/** Marker for messages and events that Akka serializes with Jackson CBOR (see serialization.conf). */
public interface CborSerializable {}
