#include "io/langid.h"

#include <cstdio>  // CLD2's header needs it first
#include <cld2/public/compact_lang_det.h>

#include "text/normalizer.h"

namespace marsad {

LanguageVerdict check_arabic(std::string_view utf8, std::u32string_view cps) {
  LanguageVerdict v;
  // The opening of a document decides: CLD2 reads at most 4 KB and the letter
  // count looks at the first 4,000 characters (a cost that does not grow with size).
  constexpr size_t kBytes = 4096, kChars = 4000;
  if (utf8.size() > kBytes) {
    size_t cut = kBytes;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;
    utf8 = utf8.substr(0, cut);
  }
  if (cps.size() > kChars) cps = cps.substr(0, kChars);
  size_t arabic = 0, letters = 0, persian_only = 0;
  for (char32_t c : cps) {
    if (is_arabic_letter(c)) {
      ++arabic;
      ++letters;
      // letters used by Persian/Urdu/Kurdish but not by Arabic
      if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC ||
          c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06BE || c == 0x06C1 ||
          c == 0x06D2 || c == 0x06D5 || c == 0x0695 || c == 0x06C6 || c == 0x06B5)
        ++persian_only;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x0600) ||
               (c >= 0x0900 && c < 0x3000) || (c >= 0x3040 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7B0)) {
      ++letters;
    }
  }
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(utf8.data(), static_cast<int>(utf8.size()), true, &reliable);
  std::string name = CLD2::LanguageName(lang);
  int pct = letters ? static_cast<int>(100 * arabic / letters) : 0;
  v.detail = "CLD2: " + name + (reliable ? " (reliable)" : " (unreliable)") + ", " + std::to_string(pct) +
             "% Arabic-script letters";
  if (letters == 0) {
    v.detail = "no letters";
    return v;
  }
  if (pct < 50) return v;
  bool other_arabic_script = lang == CLD2::PERSIAN || lang == CLD2::URDU || lang == CLD2::PASHTO ||
                             lang == CLD2::KURDISH || lang == CLD2::SINDHI || lang == CLD2::UIGHUR;
  // A short Arabic sentence full of names ("قتل جنود في أفغانستان أمس") can
  // look Urdu to CLD2; Persian and Urdu text of any length uses ی، ک، پ، گ.
  const bool short_without_persian_letters = persian_only == 0 && arabic < 200;
  if (other_arabic_script && (reliable || persian_only * 50 > arabic) && !short_without_persian_letters) return v;
  // Short texts: CLD2 may be unsure; Persian-only letters above 2% decide.
  if (persian_only * 50 > arabic && lang != CLD2::ARABIC) return v;
  v.arabic = true;
  return v;
}

}  // namespace marsad
