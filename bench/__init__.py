"""Benchmark: synthetic corpus generator, reference pipelines and the measurement driver."""
