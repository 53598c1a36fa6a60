"""Tools that help people write packs: drafting from an article, importing quiz files."""
