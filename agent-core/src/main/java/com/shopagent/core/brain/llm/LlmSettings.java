package com.shopagent.core.brain.llm;

/**
 * @param maxToolRounds steps that may still call tools; after them the model must answer
 * @param writerBelowConfidence the larger model rewrites answers below this confidence
 */
public record LlmSettings(String plannerModel, String writerModel, int maxToolRounds, double writerBelowConfidence) {}
