"""Sources: find input files, decode bytes, read records, clean text and infer outlet and date."""
