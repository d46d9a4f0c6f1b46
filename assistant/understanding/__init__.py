"""Understanding what a person wrote: the goal text and their answers, read into facts."""
