// Language check: CLD2 plus the share of Arabic-script letters. Persian,
// Urdu, Pashto and Kurdish in Arabic script are not Arabic.
#pragma once
#include <string>
#include <string_view>

namespace marsad {

struct LanguageVerdict {
  bool arabic = false;
  std::string detail;  // e.g. "CLD2: PERSIAN (reliable), 97% Arabic-script letters"
};

LanguageVerdict check_arabic(std::string_view utf8, std::u32string_view cps);

}  // namespace marsad
