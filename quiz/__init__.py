"""quiz: a spoiler-aware trivia game for the terminal."""

# The name pip, pipx and uv know the game by: `quiz` on the package index is an
# unrelated GraphQL client. The command and this package stay `quiz`.
DISTRIBUTION = "spoiler-aware-quiz"
