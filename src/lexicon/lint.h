// `marsad lexicon check`: lints compiled lexicons against the ontology.
#pragma once
#include <string>
#include <vector>

#include "coder/ontology.h"
#include "lexicon/lexicon.h"

namespace marsad {

struct LintReport {
  std::vector<std::string> errors, warnings;
};

LintReport lint_lexicon(const Lexicon& lx, const Ontology& onto);

}  // namespace marsad
