"""Practice for certification: the concept quiz (and, later, labs graded on the world)."""
