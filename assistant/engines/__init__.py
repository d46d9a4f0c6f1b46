"""Who writes questions, plans and diagnoses: the offline rules or a language model."""
