"""Turning files into searchable chunks: readers per format, chunking, and the pipeline."""
