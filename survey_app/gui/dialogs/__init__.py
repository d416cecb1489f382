"""Small modal dialogs: first launch, visit outcomes (appointment, refusal, note), help, register import."""
