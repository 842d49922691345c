// DateResolver implementation. See date_resolver.h for the contract.
//
// Design: every token is classified once through a static hash table
// (string_view -> Entry) after cheap proclitic stripping (و ف, then ب ل ك,
// "لل" -> "ال"); digit tokens are parsed by hand. A small hand-written
// matcher then walks the classified tokens left to right and emits
// non-overlapping expressions. No regex, no exceptions, no per-token heap
// allocation (the classification buffer is thread_local and reused).
//
// Calendar arithmetic: proleptic Gregorian day numbers (days since
// 1970-01-01, H. Hinnant's algorithms) and the tabular Islamic civil
// calendar (leap years 2,5,7,10,13,16,18,21,24,26,29 of the 30-year cycle,
// epoch 1 Muharram 1 AH = 622-07-19 proleptic Gregorian).
//
// Conventions chosen where the brief left room:
//  * weekday: plain -> most recent on or before pub; with الماضي/الفائت/
//    المنصرم/السابق -> strictly before pub; with المقبل/القادم -> strictly after.
//  * month without year: plain -> most recent on or before pub's month;
//    past marker -> most recent strictly before pub's month; future marker ->
//    first strictly after; الجاري/الحالي -> pub's year.
//  * week = Saturday..Friday, reported with precision part_of_month.
//  * "قبل/منذ N أسابيع" -> the week containing pub-7N; months -> month
//    precision; years -> year precision.
//  * future = start > pub when pub is known; without pub it is set from the
//    explicit markers (المقبل، القادم، غدا، بعد).
#include "time/date_resolver.h"

#include <cstdint>
#include <unordered_map>

namespace marsad {

// ---------------------------------------------------------------------------
// Calendar arithmetic
// ---------------------------------------------------------------------------
namespace {

constexpr int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2)), m, d};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && is_leap(y)) return 29;
  return kDim[m - 1];
}

bool valid_civil(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// 0 = Sunday .. 6 = Saturday
int weekday_from_days(int64_t z) {
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

constexpr int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// 1 Muharram 1 AH (civil epoch) = 622-07-19 proleptic Gregorian.
constexpr int64_t kIslamicEpoch = days_from_civil(622, 7, 19);
static_assert(kIslamicEpoch == -492148, "Islamic civil epoch");

int64_t hijri_to_days(int64_t y, int m, int d) {
  return d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + floor_div(3 + 11 * y, 30) +
         kIslamicEpoch - 1;
}

int hijri_month_len(int y, int m) {
  const int64_t a = hijri_to_days(y, m, 1);
  const int64_t b = m == 12 ? hijri_to_days(y + 1, 1, 1) : hijri_to_days(y, m + 1, 1);
  return static_cast<int>(b - a);
}

struct HDate {
  int y, m, d;
};

HDate hijri_from_days(int64_t z) {
  int64_t y = floor_div(30 * (z - kIslamicEpoch) + 10646, 10631);
  while (hijri_to_days(y + 1, 1, 1) <= z) ++y;
  while (hijri_to_days(y, 1, 1) > z) --y;
  int m = 12;
  while (m > 1 && hijri_to_days(y, m, 1) > z) --m;
  const int d = static_cast<int>(z - hijri_to_days(y, m, 1) + 1);
  return HDate{static_cast<int>(y), m, d};
}

void put_num(std::string& s, int v, int width) {
  char buf[12];
  int n = 0;
  bool neg = v < 0;
  unsigned u = neg ? static_cast<unsigned>(-static_cast<int64_t>(v)) : static_cast<unsigned>(v);
  do {
    buf[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0 && n < 11);
  if (neg) s.push_back('-');
  for (int i = n; i < width; ++i) s.push_back('0');
  while (n > 0) s.push_back(buf[--n]);
}

std::string iso_from_days(int64_t z) { return to_iso(civil_from_days(z)); }

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  auto dig = [&](size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!dig(i)) return std::nullopt;
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != ' ' && s[10] != 'T') return std::nullopt;
  auto num = [&](size_t i, size_t n) {
    int v = 0;
    for (size_t k = i; k < i + n; ++k) v = v * 10 + (s[k] - '0');
    return v;
  };
  CivilDate d{num(0, 4), num(5, 2), num(8, 2)};
  if (!valid_civil(d.y, d.m, d.d)) return std::nullopt;
  return d;
}

std::string to_iso(const CivilDate& d) {
  std::string s;
  s.reserve(10);
  put_num(s, d.y, 4);
  s.push_back('-');
  put_num(s, d.m, 2);
  s.push_back('-');
  put_num(s, d.d, 2);
  return s;
}

// ---------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------
namespace {

enum Kind : uint8_t {
  K_NONE = 0,
  K_WEEKDAY,    // val 0=Sun..6=Sat
  K_GMONTH,     // val 1..12
  K_KANUN,      // كانون (+ الاول / الثاني)
  K_TISHRIN,    // تشرين (+ الاول / الثاني)
  K_HMONTH,     // val 1..12 (single-word Hijri months)
  K_RABI,       // ربيع
  K_JUMADA,     // جمادي
  K_DHU,        // ذو / ذي
  K_ORD1,       // الاول / الاولي
  K_ORD2,       // الثاني / الثانيه / الاخر / الاخره / الاخير / ثاني
  K_QIDA,       // القعده
  K_HIJJA,      // الحجه
  K_TODAY,      // اليوم
  K_YEST,       // امس / البارحه
  K_TOMOR,      // غدا / الغد
  K_TONIGHT,    // الليله
  K_DAYPART,    // صباح مساء فجر ليل ...
  K_YAWM,       // يوم
  K_MOD,        // val -1 past, +1 future, 2 current
  K_PART,       // val 1 early, 2 mid, 3 late
  K_SHAHR_DEF,  // الشهر
  K_SHAHR,      // شهر
  K_YEAR_DEF,   // العام / السنه
  K_YEAR_N,     // عام / سنه
  K_WEEK_DEF,   // الاسبوع
  K_THIS,       // هذا / هذه
  K_AGO,        // قبل (val -1) / منذ (val -2)
  K_AFTER,      // بعد
  K_NUMWORD,    // val 1..10
  K_UNIT,       // val = unit*16 + count (count 0: needs a number)
  K_PREP,       // في خلال حتى
  K_MIN,        // من
  K_HMARK,      // ه / هجري / هجريه / الهجري / للهجره
  K_GMARK,      // م / ميلادي / ميلاديه
  K_NUM,        // digits; num, ndig, suffix
  K_NUMDATE,    // glued a/b/c
  K_SLASH,
  K_LPAR,
  K_RPAR,
  K_DASH,
  K_DOT,
  K_SAME,       // نفسه / ذاته: the period named before, not today's
  K_ORDD,       // ordinal of a day: الحادي (1, only before عشر/والعشرين), الثالث .. العاشر (val)
  K_ORD20,      // العشرين / الثلاثين (val 20, 30), also after و
};

enum Unit : int { U_DAY = 1, U_WEEK = 2, U_MONTH = 3, U_YEAR = 4 };

enum Flag : uint8_t {
  F_AMBIG = 1,  // month name that is also a common word: needs context,
                // and is never reached by stripping ب/ل/ك
  F_AWWAL = 2,  // the word "اول"
};

struct Entry {
  uint8_t kind;
  int8_t val;
  uint8_t flags;
};

struct Tok {
  uint8_t kind = K_NONE;
  int8_t val = 0;
  uint8_t flags = 0;
  char suffix = 0;   // K_NUM: 'h' (هـ glued), 'm' (م glued)
  uint8_t ndig = 0;  // K_NUM digits; K_NUMDATE digits of first part
  uint8_t ndig3 = 0; // K_NUMDATE digits of last part
  char sep = 0;      // K_NUMDATE separator
  int num = 0;       // K_NUM value; K_NUMDATE first part
  int b = 0, c = 0;  // K_NUMDATE second and third parts
};

struct Word {
  const char* w;
  Entry e;
};

constexpr int8_t U(int unit, int count) { return static_cast<int8_t>(unit * 16 + count); }

const Word kWords[] = {
    // weekdays
    {"الاحد", {K_WEEKDAY, 0, 0}},
    {"الاثنين", {K_WEEKDAY, 1, 0}},
    {"الثلاثاء", {K_WEEKDAY, 2, 0}},
    {"الاربعاء", {K_WEEKDAY, 3, 0}},
    {"الخميس", {K_WEEKDAY, 4, 0}},
    {"الجمعه", {K_WEEKDAY, 5, 0}},
    {"السبت", {K_WEEKDAY, 6, 0}},
    // Gregorian months
    {"يناير", {K_GMONTH, 1, 0}},
    {"جانفي", {K_GMONTH, 1, 0}},
    {"فبراير", {K_GMONTH, 2, 0}},
    {"شباط", {K_GMONTH, 2, 0}},
    {"فيفري", {K_GMONTH, 2, 0}},
    {"مارس", {K_GMONTH, 3, F_AMBIG}},
    {"اذار", {K_GMONTH, 3, 0}},
    {"ابريل", {K_GMONTH, 4, 0}},
    {"افريل", {K_GMONTH, 4, 0}},
    {"نيسان", {K_GMONTH, 4, F_AMBIG}},
    {"مايو", {K_GMONTH, 5, 0}},
    {"ايار", {K_GMONTH, 5, 0}},
    {"مايس", {K_GMONTH, 5, 0}},
    {"ماي", {K_GMONTH, 5, F_AMBIG}},
    {"يونيو", {K_GMONTH, 6, 0}},
    {"يونيه", {K_GMONTH, 6, 0}},
    {"حزيران", {K_GMONTH, 6, 0}},
    {"جوان", {K_GMONTH, 6, F_AMBIG}},
    {"يوليو", {K_GMONTH, 7, 0}},
    {"يوليه", {K_GMONTH, 7, 0}},
    {"يوليوز", {K_GMONTH, 7, 0}},
    {"تموز", {K_GMONTH, 7, 0}},
    {"جويليه", {K_GMONTH, 7, 0}},
    {"اغسطس", {K_GMONTH, 8, 0}},
    {"اب", {K_GMONTH, 8, F_AMBIG}},
    {"اوت", {K_GMONTH, 8, 0}},
    {"غشت", {K_GMONTH, 8, 0}},
    {"سبتمبر", {K_GMONTH, 9, 0}},
    {"ايلول", {K_GMONTH, 9, 0}},
    {"شتنبر", {K_GMONTH, 9, 0}},
    {"اكتوبر", {K_GMONTH, 10, 0}},
    {"نوفمبر", {K_GMONTH, 11, 0}},
    {"نونبر", {K_GMONTH, 11, 0}},
    {"ديسمبر", {K_GMONTH, 12, 0}},
    {"دجنبر", {K_GMONTH, 12, 0}},
    {"كانون", {K_KANUN, 0, 0}},
    {"تشرين", {K_TISHRIN, 0, 0}},
    // Hijri months
    {"محرم", {K_HMONTH, 1, 0}},
    {"المحرم", {K_HMONTH, 1, 0}},
    {"صفر", {K_HMONTH, 2, 0}},
    {"رجب", {K_HMONTH, 7, 0}},
    {"شعبان", {K_HMONTH, 8, 0}},
    {"رمضان", {K_HMONTH, 9, 0}},
    {"شوال", {K_HMONTH, 10, 0}},
    {"ربيع", {K_RABI, 0, 0}},
    {"جمادي", {K_JUMADA, 0, 0}},
    {"ذو", {K_DHU, 0, 0}},
    {"ذي", {K_DHU, 0, 0}},
    {"الاول", {K_ORD1, 0, 0}},
    {"الاولي", {K_ORD1, 0, 0}},
    {"الثاني", {K_ORD2, 2, 0}},
    {"الثانيه", {K_ORD2, 2, 0}},
    {"ثاني", {K_ORD2, 2, 0}},
    {"الحادي", {K_ORDD, 1, 0}},
    {"الثالث", {K_ORDD, 3, 0}},
    {"الرابع", {K_ORDD, 4, 0}},
    {"الخامس", {K_ORDD, 5, 0}},
    {"السادس", {K_ORDD, 6, 0}},
    {"السابع", {K_ORDD, 7, 0}},
    {"الثامن", {K_ORDD, 8, 0}},
    {"التاسع", {K_ORDD, 9, 0}},
    {"العاشر", {K_ORDD, 10, 0}},
    {"العشرين", {K_ORD20, 20, 0}},
    {"الثلاثين", {K_ORD20, 30, 0}},
    {"الاخر", {K_ORD2, 0, 0}},
    {"الاخره", {K_ORD2, 0, 0}},
    {"الاخير", {K_ORD2, 0, 0}},
    {"القعده", {K_QIDA, 0, 0}},
    {"الحجه", {K_HIJJA, 0, 0}},
    // deictic days
    {"اليوم", {K_TODAY, 0, 0}},
    {"امس", {K_YEST, 0, 0}},
    {"الامس", {K_YEST, 0, 0}},
    {"البارحه", {K_YEST, 0, 0}},
    {"غدا", {K_TOMOR, 0, 0}},
    {"غد", {K_TOMOR, 0, 0}},
    {"الغد", {K_TOMOR, 0, 0}},
    {"الليله", {K_TONIGHT, 0, 0}},
    {"صباح", {K_DAYPART, 0, 0}},
    {"صبيحه", {K_DAYPART, 0, 0}},
    {"مساء", {K_DAYPART, 0, 0}},
    {"عشيه", {K_DAYPART, 0, 0}},
    {"فجر", {K_DAYPART, 0, 0}},
    {"ليل", {K_DAYPART, 0, 0}},
    {"ليله", {K_DAYPART, 0, 0}},
    {"ظهر", {K_DAYPART, 0, 0}},
    {"ظهيره", {K_DAYPART, 0, 0}},
    {"عصر", {K_DAYPART, 0, 0}},
    {"ضحي", {K_DAYPART, 0, 0}},
    {"يوم", {K_YAWM, 0, 0}},
    // modifiers
    {"الماضي", {K_MOD, -1, 0}},
    {"الماضيه", {K_MOD, -1, 0}},
    {"الفائت", {K_MOD, -1, 0}},
    {"الفائته", {K_MOD, -1, 0}},
    {"المنصرم", {K_MOD, -1, 0}},
    {"المنصرمه", {K_MOD, -1, 0}},
    {"السابق", {K_MOD, -1, 0}},
    {"السابقه", {K_MOD, -1, 0}},
    {"المنقضي", {K_MOD, -1, 0}},
    {"المقبل", {K_MOD, 1, 0}},
    {"المقبله", {K_MOD, 1, 0}},
    {"القادم", {K_MOD, 1, 0}},
    {"القادمه", {K_MOD, 1, 0}},
    {"الجاري", {K_MOD, 2, 0}},
    {"الجاريه", {K_MOD, 2, 0}},
    {"الحالي", {K_MOD, 2, 0}},
    {"الحاليه", {K_MOD, 2, 0}},
    // parts of a month
    {"اوائل", {K_PART, 1, 0}},
    {"مطلع", {K_PART, 1, 0}},
    {"بدايه", {K_PART, 1, 0}},
    {"مستهل", {K_PART, 1, 0}},
    {"اول", {K_PART, 1, F_AWWAL}},
    {"منتصف", {K_PART, 2, 0}},
    {"اواسط", {K_PART, 2, 0}},
    {"اواخر", {K_PART, 3, 0}},
    {"نهايه", {K_PART, 3, 0}},
    {"اخر", {K_PART, 3, 0}},
    {"ختام", {K_PART, 3, 0}},
    // periods
    {"نفسه", {K_SAME, 0, 0}},
    {"نفسها", {K_SAME, 0, 0}},
    {"ذاته", {K_SAME, 0, 0}},
    {"ذاتها", {K_SAME, 0, 0}},
    {"الشهر", {K_SHAHR_DEF, 0, 0}},
    {"شهر", {K_SHAHR, 0, 0}},
    {"العام", {K_YEAR_DEF, 0, 0}},
    {"السنه", {K_YEAR_DEF, 0, 0}},
    {"عام", {K_YEAR_N, 0, 0}},
    {"سنه", {K_YEAR_N, 0, 0}},
    {"الاسبوع", {K_WEEK_DEF, 0, 0}},
    {"هذا", {K_THIS, 0, 0}},
    {"هذه", {K_THIS, 0, 0}},
    {"قبل", {K_AGO, -1, 0}},
    {"منذ", {K_AGO, -2, 0}},
    {"بعد", {K_AFTER, 1, 0}},
    // number words
    {"واحد", {K_NUMWORD, 1, 0}},
    {"ثلاثه", {K_NUMWORD, 3, 0}},
    {"ثلاث", {K_NUMWORD, 3, 0}},
    {"اربعه", {K_NUMWORD, 4, 0}},
    {"اربع", {K_NUMWORD, 4, 0}},
    {"خمسه", {K_NUMWORD, 5, 0}},
    {"خمس", {K_NUMWORD, 5, 0}},
    {"سته", {K_NUMWORD, 6, 0}},
    {"ست", {K_NUMWORD, 6, 0}},
    {"سبعه", {K_NUMWORD, 7, 0}},
    {"سبع", {K_NUMWORD, 7, 0}},
    {"ثمانيه", {K_NUMWORD, 8, 0}},
    {"ثماني", {K_NUMWORD, 8, 0}},
    {"ثمان", {K_NUMWORD, 8, 0}},
    {"تسعه", {K_NUMWORD, 9, 0}},
    {"تسع", {K_NUMWORD, 9, 0}},
    {"عشره", {K_NUMWORD, 10, 0}},
    {"عشر", {K_NUMWORD, 10, 0}},
    // units (the singular forms يوم/شهر/عام/سنه are handled via their own kinds)
    {"يومين", {K_UNIT, U(U_DAY, 2), 0}},
    {"يومان", {K_UNIT, U(U_DAY, 2), 0}},
    {"ايام", {K_UNIT, U(U_DAY, 0), 0}},
    {"يوما", {K_UNIT, U(U_DAY, 0), 0}},
    {"اسبوع", {K_UNIT, U(U_WEEK, 1), 0}},
    {"اسبوعين", {K_UNIT, U(U_WEEK, 2), 0}},
    {"اسابيع", {K_UNIT, U(U_WEEK, 0), 0}},
    {"اسبوعا", {K_UNIT, U(U_WEEK, 0), 0}},
    {"شهرين", {K_UNIT, U(U_MONTH, 2), 0}},
    {"اشهر", {K_UNIT, U(U_MONTH, 0), 0}},
    {"شهور", {K_UNIT, U(U_MONTH, 0), 0}},
    {"شهرا", {K_UNIT, U(U_MONTH, 0), 0}},
    {"عامين", {K_UNIT, U(U_YEAR, 2), 0}},
    {"سنتين", {K_UNIT, U(U_YEAR, 2), 0}},
    {"اعوام", {K_UNIT, U(U_YEAR, 0), 0}},
    {"سنوات", {K_UNIT, U(U_YEAR, 0), 0}},
    {"عاما", {K_UNIT, U(U_YEAR, 0), 0}},
    {"سنين", {K_UNIT, U(U_YEAR, 0), 0}},
    // prepositions that license a bare year / ambiguous month
    {"في", {K_PREP, 0, 0}},
    {"خلال", {K_PREP, 0, 0}},
    {"حتي", {K_PREP, 0, 0}},
    {"من", {K_MIN, 0, 0}},
    // era marks
    {"ه", {K_HMARK, 0, 0}},
    {"هجري", {K_HMARK, 0, 0}},
    {"هجريه", {K_HMARK, 0, 0}},
    {"الهجري", {K_HMARK, 0, 0}},
    {"الهجريه", {K_HMARK, 0, 0}},
    {"الهجره", {K_HMARK, 0, 0}},
    {"م", {K_GMARK, 0, 0}},
    {"ميلادي", {K_GMARK, 0, 0}},
    {"ميلاديه", {K_GMARK, 0, 0}},
    {"الميلادي", {K_GMARK, 0, 0}},
    {"الميلاديه", {K_GMARK, 0, 0}},
    {"للميلاد", {K_GMARK, 0, 0}},
};

using Table = std::unordered_map<std::string_view, Entry>;

const Table& table() {
  static const Table* t = [] {
    auto* m = new Table();
    m->reserve(sizeof(kWords) / sizeof(kWords[0]) * 2);
    for (const Word& w : kWords) m->emplace(std::string_view(w.w), w.e);
    return m;
  }();
  return *t;
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool starts2(std::string_view s, const char* p) {
  return s.size() >= 2 && s[0] == p[0] && s[1] == p[1];
}

constexpr const char* kWaw = "\xD9\x88";
constexpr const char* kFa = "\xD9\x81";
constexpr const char* kBa = "\xD8\xA8";
constexpr const char* kLam = "\xD9\x84";
constexpr const char* kKaf = "\xD9\x83";

// Parses a digit-initial token: "2020", "1441ه", "2020م", "9/4/2020".
bool parse_number_tok(std::string_view s, Tok& t) {
  size_t i = 0;
  int64_t v = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i < 9) v = v * 10 + (s[i] - '0');
    ++i;
  }
  if (i == 0) return false;
  const size_t nd = i;
  if (i == s.size()) {
    t.kind = K_NUM;
    t.num = nd <= 9 ? static_cast<int>(v) : -1;
    t.ndig = static_cast<uint8_t>(nd > 255 ? 255 : nd);
    return true;
  }
  std::string_view rest = s.substr(i);
  if (rest == "\xD9\x87" || rest == "\xD9\x85") {  // ه / م
    t.kind = K_NUM;
    t.num = nd <= 9 ? static_cast<int>(v) : -1;
    t.ndig = static_cast<uint8_t>(nd);
    t.suffix = rest[1] == '\x87' ? 'h' : 'm';
    return true;
  }
  const char sep = s[i];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  int parts[3] = {static_cast<int>(v), 0, 0};
  size_t nds[3] = {nd, 0, 0};
  for (int p = 1; p < 3; ++p) {
    if (i >= s.size() || s[i] != sep) return false;
    ++i;
    size_t st = i;
    int64_t w = 0;
    while (i < s.size() && is_digit(s[i])) {
      if (i - st < 9) w = w * 10 + (s[i] - '0');
      ++i;
    }
    if (i == st || i - st > 4) return false;
    parts[p] = static_cast<int>(w);
    nds[p] = i - st;
  }
  if (i != s.size() || nd > 4) return false;
  t.kind = K_NUMDATE;
  t.num = parts[0];
  t.b = parts[1];
  t.c = parts[2];
  t.ndig = static_cast<uint8_t>(nds[0]);
  t.ndig3 = static_cast<uint8_t>(nds[2]);
  t.sep = sep;
  return true;
}

Tok classify(std::string_view s) {
  Tok t;
  if (s.empty()) return t;
  const unsigned char c0 = static_cast<unsigned char>(s[0]);
  if (s.size() == 1) {
    switch (s[0]) {
      case '/': t.kind = K_SLASH; return t;
      case '(': t.kind = K_LPAR; return t;
      case ')': t.kind = K_RPAR; return t;
      case '-': t.kind = K_DASH; return t;
      case '.': t.kind = K_DOT; return t;
      default: break;
    }
  }
  if (is_digit(s[0])) {
    parse_number_tok(s, t);
    return t;
  }
  if (c0 < 0xD8 || c0 > 0xDB) return t;  // not Arabic
  const Table& tab = table();
  auto it = tab.find(s);
  if (it != tab.end()) {
    t.kind = it->second.kind;
    t.val = it->second.val;
    t.flags = it->second.flags;
    return t;
  }
  std::string_view r = s;
  // A clitic may be stripped only if a digit or at least two letters remain.
  auto strippable = [](std::string_view x) {
    return x.size() >= 3 && (is_digit(x[2]) || x.size() >= 6);
  };
  // و / ف
  if (strippable(r) && (starts2(r, kWaw) || starts2(r, kFa))) {
    r.remove_prefix(2);
    if (is_digit(r[0])) {
      parse_number_tok(r, t);
      return t;
    }
    it = tab.find(r);
    if (it != tab.end()) {
      t.kind = it->second.kind;
      t.val = it->second.val;
      t.flags = it->second.flags;
      return t;
    }
  }
  // ب / ل / ك
  if (strippable(r) && (starts2(r, kBa) || starts2(r, kLam) || starts2(r, kKaf))) {
    const bool lam = starts2(r, kLam);
    r.remove_prefix(2);
    if (is_digit(r[0])) {
      parse_number_tok(r, t);
      return t;
    }
    it = tab.find(r);
    if (it == tab.end() && lam && starts2(r, kLam) && r.size() < 62) {
      // "للعام" -> "العام"
      char buf[64];
      buf[0] = '\xD8';
      buf[1] = '\xA7';
      for (size_t k = 0; k < r.size(); ++k) buf[2 + k] = r[k];
      it = tab.find(std::string_view(buf, r.size() + 2));
    }
    if (it != tab.end() && !(it->second.flags & F_AMBIG)) {
      t.kind = it->second.kind;
      t.val = it->second.val;
      t.flags = it->second.flags;
      return t;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------
// Matcher
// ---------------------------------------------------------------------------
enum Prec : int { P_UNKNOWN = 0, P_YEAR = 1, P_MONTH = 2, P_PART = 3, P_DAY = 4 };

const char* prec_name(Prec p) {
  switch (p) {
    case P_DAY: return "day";
    case P_PART: return "part_of_month";
    case P_MONTH: return "month";
    case P_YEAR: return "year";
    default: return "unknown";
  }
}

struct MonthExpr {
  bool ok = false;
  bool hijri = false;
  bool ambig = false;
  bool paired = false;
  int m = 0;
  size_t end = 0;
};

// Optional year / modifier tail after a month.
struct Tail {
  size_t end = 0;
  bool has_year = false;
  int year = 0;
  bool rel_year = false;  // "من العام الماضي"
  int year_off = 0;
  int mod = 0;            // -1 past, +1 future, 2 current, 0 none
};

class Matcher {
 public:
  Matcher(const std::vector<Tok>& t, const std::optional<CivilDate>& pub) : t_(t), n_(t.size()) {
    if (pub && valid_civil(pub->y, pub->m, pub->d)) {
      has_pub_ = true;
      pub_ = *pub;
      pubd_ = days_from_civil(pub->y, pub->m, pub->d);
      pubwd_ = weekday_from_days(pubd_);
      pubh_ = hijri_from_days(pubd_);
    }
  }

  std::vector<DateExpr> run() {
    size_t i = 0;
    while (i < n_) {
      const uint8_t k = t_[i].kind;
      size_t e = 0;
      if (k != K_NONE) e = match_at(i);
      i = e > i ? e : i + 1;
    }
    return std::move(out_);
  }

 private:
  const std::vector<Tok>& t_;
  size_t n_;
  bool has_pub_ = false;
  CivilDate pub_{};
  int64_t pubd_ = 0;
  int pubwd_ = 0;
  HDate pubh_{0, 0, 0};
  std::vector<DateExpr> out_;

  uint8_t k(size_t j) const { return j < n_ ? t_[j].kind : static_cast<uint8_t>(K_NONE); }
  const Tok& tk(size_t j) const { return t_[j]; }

  // --- emission ------------------------------------------------------------
  size_t emit(size_t b, size_t e, int64_t s, int64_t en, Prec p) {
    // outside 0001-01-01..9999-12-31 (relative to an extreme publication
    // date) there is no ISO date to give: keep the expression, unresolved
    constexpr int64_t kMinDay = days_from_civil(1, 1, 1), kMaxDay = days_from_civil(9999, 12, 31);
    if (s < kMinDay || en > kMaxDay || s > kMaxDay || en < kMinDay)
      return emit_unknown(b, e, has_pub_ && s > pubd_);
    DateExpr d;
    d.tok_begin = b;
    d.tok_end = e;
    d.start = iso_from_days(s);
    d.end = iso_from_days(en);
    d.precision = prec_name(p);
    d.score = static_cast<int>(p);
    d.future = has_pub_ && s > pubd_;
    out_.push_back(std::move(d));
    return e;
  }
  size_t emit_unknown(size_t b, size_t e, bool future) {
    DateExpr d;
    d.tok_begin = b;
    d.tok_end = e;
    d.precision = "unknown";
    d.score = 0;
    d.future = future;
    out_.push_back(std::move(d));
    return e;
  }
  size_t emit_day(size_t b, size_t e, int64_t z) { return emit(b, e, z, z, P_DAY); }
  size_t emit_month(size_t b, size_t e, int y, int m) {
    if (y < 1 || y > 9999) return 0;
    return emit(b, e, days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m)), P_MONTH);
  }
  size_t emit_part(size_t b, size_t e, int y, int m, int part) {
    if (y < 1 || y > 9999) return 0;
    const int lo = part == 1 ? 1 : part == 2 ? 11 : 21;
    const int hi = part == 1 ? 10 : part == 2 ? 20 : days_in_month(y, m);
    return emit(b, e, days_from_civil(y, m, lo), days_from_civil(y, m, hi), P_PART);
  }
  size_t emit_year(size_t b, size_t e, int y) {
    if (y < 1 || y > 9999) return 0;
    return emit(b, e, days_from_civil(y, 1, 1), days_from_civil(y, 12, 31), P_YEAR);
  }
  size_t emit_week(size_t b, size_t e, int64_t z) {
    const int since_sat = (weekday_from_days(z) + 1) % 7;
    const int64_t s = z - since_sat;
    return emit(b, e, s, s + 6, P_PART);
  }
  size_t emit_hmonth(size_t b, size_t e, int hy, int hm) {
    const int64_t s = hijri_to_days(hy, hm, 1);
    return emit(b, e, s, s + hijri_month_len(hy, hm) - 1, P_MONTH);
  }
  size_t emit_hpart(size_t b, size_t e, int hy, int hm, int part) {
    const int64_t s = hijri_to_days(hy, hm, 1);
    const int len = hijri_month_len(hy, hm);
    const int lo = part == 1 ? 1 : part == 2 ? 11 : 21;
    const int hi = part == 1 ? 10 : part == 2 ? 20 : len;
    return emit(b, e, s + lo - 1, s + hi - 1, P_PART);
  }
  size_t emit_hyear(size_t b, size_t e, int hy) {
    return emit(b, e, hijri_to_days(hy, 1, 1), hijri_to_days(hy + 1, 1, 1) - 1, P_YEAR);
  }

  // --- small recognizers -----------------------------------------------------
  bool is_year_num(size_t j, bool hijri) const {
    if (k(j) != K_NUM) return false;
    const Tok& x = tk(j);
    if (hijri) return x.suffix != 'm' && x.num >= 1300 && x.num <= 1600;
    return x.suffix != 'h' && x.ndig == 4 && x.num >= 1800 && x.num <= 2200;
  }
  bool is_day_num(size_t j) const {
    if (k(j) != K_NUM) return false;
    const Tok& x = tk(j);
    return x.suffix == 0 && x.ndig <= 2 && x.num >= 1 && x.num <= 31;
  }
  bool is_awwal_word(size_t j) const { return k(j) == K_PART && (tk(j).flags & F_AWWAL); }

  // One month name (possibly two tokens). Returns end or 0.
  size_t one_month(size_t j, bool& hijri, int& m, bool& amb) const {
    amb = false;
    switch (k(j)) {
      case K_GMONTH:
        hijri = false;
        m = tk(j).val;
        amb = tk(j).flags & F_AMBIG;
        return j + 1;
      case K_KANUN:
      case K_TISHRIN: {
        const bool kan = k(j) == K_KANUN;
        hijri = false;
        if (k(j + 1) == K_ORD1 || is_awwal_word(j + 1)) {
          m = kan ? 12 : 10;
          return j + 2;
        }
        if (k(j + 1) == K_ORD2) {
          m = kan ? 1 : 11;
          return j + 2;
        }
        return 0;
      }
      case K_HMONTH:
        hijri = true;
        m = tk(j).val;
        return j + 1;
      case K_RABI:
      case K_JUMADA: {
        hijri = true;
        const bool rabi = k(j) == K_RABI;
        if (k(j + 1) == K_ORD1) {
          m = rabi ? 3 : 5;
          return j + 2;
        }
        if (k(j + 1) == K_ORD2) {
          m = rabi ? 4 : 6;
          return j + 2;
        }
        return 0;
      }
      case K_DHU:
        hijri = true;
        if (k(j + 1) == K_QIDA) {
          m = 11;
          return j + 2;
        }
        if (k(j + 1) == K_HIJJA) {
          m = 12;
          return j + 2;
        }
        return 0;
      default:
        return 0;
    }
  }

  // Month name with an optional paired synonym: "اذار / مارس", "مارس ( اذار )".
  MonthExpr month_at(size_t j) const {
    MonthExpr me;
    bool h = false, a = false;
    int m = 0;
    size_t e = one_month(j, h, m, a);
    if (!e) return me;
    me.ok = true;
    me.hijri = h;
    me.m = m;
    me.ambig = a;
    me.end = e;
    if (k(e) == K_SLASH || k(e) == K_LPAR) {
      bool h2 = false, a2 = false;
      int m2 = 0;
      size_t e2 = one_month(e + 1, h2, m2, a2);
      if (e2 && h2 == h && m2 == m) {
        if (k(e) == K_LPAR && k(e2) == K_RPAR) ++e2;
        me.end = e2;
        me.paired = true;
        me.ambig = false;
      }
    }
    return me;
  }

  // Year and/or modifier after a month expression.
  Tail tail_at(size_t j, bool hijri) const {
    Tail t;
    t.end = j;
    size_t q = j;
    if (k(q) == K_MIN) ++q;
    if (k(q) == K_YEAR_N || k(q) == K_YEAR_DEF) {
      if (k(q) == K_YEAR_DEF && k(q + 1) == K_MOD) {
        const int v = tk(q + 1).val;
        t.rel_year = true;
        t.year_off = v == 2 ? 0 : v;
        t.end = q + 2;
        return t;
      }
      ++q;
    }
    if (is_year_num(q, hijri)) {
      t.has_year = true;
      t.year = tk(q).num;
      ++q;
      if (tk(q - 1).suffix == 0 && k(q) == (hijri ? K_HMARK : K_GMARK)) ++q;
      t.end = q;
    }
    if (k(t.end) == K_MOD) {
      t.mod = tk(t.end).val;
      ++t.end;
    }
    return t;
  }

  // Resolve the year of Gregorian month m from a tail. false if unresolvable.
  bool gmonth_year(int m, const Tail& t, int& y) const {
    if (t.has_year) {
      y = t.year;
      return true;
    }
    if (!has_pub_) return false;
    if (t.rel_year) {
      y = pub_.y + t.year_off;
      return true;
    }
    switch (t.mod) {
      case -1: y = m < pub_.m ? pub_.y : pub_.y - 1; break;
      case 1: y = m > pub_.m ? pub_.y : pub_.y + 1; break;
      case 2: y = pub_.y; break;
      default: y = m <= pub_.m ? pub_.y : pub_.y - 1; break;
    }
    return true;
  }

  bool hmonth_year(int m, const Tail& t, int& y) const {
    if (t.has_year) {
      y = t.year;
      return true;
    }
    if (!has_pub_ || t.rel_year) return false;
    switch (t.mod) {
      case -1: y = m < pubh_.m ? pubh_.y : pubh_.y - 1; break;
      case 1: y = m > pubh_.m ? pubh_.y : pubh_.y + 1; break;
      case 2: y = pubh_.y; break;
      default: y = m <= pubh_.m ? pubh_.y : pubh_.y - 1; break;
    }
    return true;
  }

  // Day d of Gregorian month m, year from the tail.
  size_t resolve_gday(size_t b, size_t e, int d, int m, const Tail& t) {
    if (t.has_year) {
      if (!valid_civil(t.year, m, d)) return 0;
      return emit_day(b, e, days_from_civil(t.year, m, d));
    }
    if (!has_pub_) return emit_unknown(b, e, t.mod == 1);
    if (t.rel_year) {
      const int y = pub_.y + t.year_off;
      if (!valid_civil(y, m, d)) return 0;
      return emit_day(b, e, days_from_civil(y, m, d));
    }
    if (d > days_in_month(2000, m)) return 0;  // never valid
    if (t.mod == 2) {
      if (!valid_civil(pub_.y, m, d)) return 0;
      return emit_day(b, e, days_from_civil(pub_.y, m, d));
    }
    const int step = t.mod == 1 ? 1 : -1;
    int y = pub_.y;
    for (int guard = 0; guard < 10; ++guard, y += step) {
      if (!valid_civil(y, m, d)) continue;
      const int64_t z = days_from_civil(y, m, d);
      const bool ok = t.mod == 1 ? z > pubd_ : t.mod == -1 ? z < pubd_ : z <= pubd_;
      if (ok) return emit_day(b, e, z);
    }
    return 0;
  }

  size_t resolve_hday(size_t b, size_t e, int d, int m, const Tail& t) {
    if (d > 30) return 0;
    if (t.has_year) return emit_day(b, e, hijri_to_days(t.year, m, d));
    if (!has_pub_ || t.rel_year) return emit_unknown(b, e, t.mod == 1);
    int y = pubh_.y;
    if (t.mod == 2) return emit_day(b, e, hijri_to_days(y, m, d));
    const int step = t.mod == 1 ? 1 : -1;
    for (int guard = 0; guard < 3; ++guard, y += step) {
      const int64_t z = hijri_to_days(y, m, d);
      const bool ok = t.mod == 1 ? z > pubd_ : t.mod == -1 ? z < pubd_ : z <= pubd_;
      if (ok) return emit_day(b, e, z);
    }
    return 0;
  }

  // Month offset from pub, e.g. -1 = previous month.
  void shift_month(int off, int& y, int& m) const {
    int idx = pub_.y * 12 + (pub_.m - 1) + off;
    y = idx / 12;
    m = idx % 12 + 1;
  }

  // --- top-level dispatch --------------------------------------------------
  size_t match_at(size_t i) {
    size_t e;
    if ((e = match_numeric(i))) return e;
    if ((e = match_day_cluster(i))) return e;
    if ((e = match_part(i))) return e;
    if ((e = match_month(i))) return e;
    if ((e = match_period(i))) return e;
    if ((e = match_ago(i))) return e;
    if ((e = match_year(i))) return e;
    return 0;
  }

  // 9/4/2020, 2020/04/09, 09-04-2020 (split or glued).
  size_t match_numeric(size_t i) {
    int a, b, c, nda, ndc;
    size_t e;
    if (k(i) == K_NUMDATE) {
      const Tok& x = tk(i);
      a = x.num;
      b = x.b;
      c = x.c;
      nda = x.ndig;
      ndc = x.ndig3;
      e = i + 1;
    } else if (k(i) == K_NUM && tk(i).suffix == 0 && (k(i + 1) == K_SLASH || k(i + 1) == K_DASH || k(i + 1) == K_DOT) &&
               k(i + 2) == K_NUM && tk(i + 2).suffix == 0 && k(i + 3) == k(i + 1) && k(i + 4) == K_NUM) {
      a = tk(i).num;
      b = tk(i + 2).num;
      c = tk(i + 4).num;
      nda = tk(i).ndig;
      ndc = tk(i + 4).ndig;
      if (tk(i + 2).ndig > 2) return 0;
      e = i + 5;
    } else {
      return 0;
    }
    int y, m, d;
    if (nda == 4 && ndc <= 2) {
      y = a, m = b, d = c;
    } else if (ndc == 4 && nda <= 2) {
      d = a, m = b, y = c;
    } else {
      return 0;
    }
    if (y >= 1300 && y <= 1600) {  // Hijri numeric date
      if (m < 1 || m > 12 || d < 1 || d > 30) return 0;
      if (k(e) == K_HMARK) ++e;
      return emit_day(i, e, hijri_to_days(y, m, d));
    }
    if (y < 1800 || y > 2200 || !valid_civil(y, m, d)) return 0;
    if (k(e) == K_GMARK) ++e;
    return emit_day(i, e, days_from_civil(y, m, d));
  }

  // [daypart] [يوم] [weekday] core, where core is a day+month date, or a
  // deictic day word; or the weekday itself.
  size_t match_day_cluster(size_t i) {
    size_t p = i;
    const bool daypart = k(p) == K_DAYPART;
    if (daypart) ++p;
    if (k(p) == K_YAWM) ++p;
    size_t wd_pos = n_;
    if (k(p) == K_WEEKDAY) {
      wd_pos = p;
      ++p;
    }
    // day + month
    if (size_t e = match_day_month(i, p)) return e;
    if (wd_pos != n_) return resolve_weekday(i, wd_pos);
    if (p != i && k(p) != K_TODAY && k(p) != K_YEST && k(p) != K_TOMOR && k(p) != K_TONIGHT &&
        !(is_awwal_word(p) && (k(p + 1) == K_YEST || (k(p + 1) == K_MIN && k(p + 2) == K_YEST))))
      return 0;
    return match_deictic(i, p);
  }

  // An ordinal day word: الثاني .. العاشر, الحادي عشر .. التاسع عشر,
  // العشرين, الحادي والعشرين .. الثلاثين, الحادي والثلاثين. Returns the end
  // and sets d, or 0.
  size_t ordinal_day(size_t p, int& d) const {
    int u = 0;
    if (k(p) == K_ORD1) u = 1;
    else if (k(p) == K_ORD2) u = tk(p).val;
    else if (k(p) == K_ORDD) u = tk(p).val;
    else if (k(p) == K_ORD20) {
      d = tk(p).val;
      return p + 1;
    }
    if (u <= 0) return 0;
    if (u <= 9 && k(p + 1) == K_NUMWORD && tk(p + 1).val == 10) {
      d = u + 10;
      return p + 2;
    }
    if (u <= 9 && k(p + 1) == K_ORD20 && (tk(p + 1).val == 20 || u == 1)) {
      d = u + tk(p + 1).val;
      return p + 2;
    }
    if (u == 1) return 0;  // "الاول من" is handled apart; الحادي needs its tens
    d = u;
    return p + 1;
  }

  size_t match_day_month(size_t b, size_t p) {
    int d;
    size_t q;
    if (is_day_num(p)) {
      d = tk(p).num;
      q = p + 1;
      if (k(q) == K_MIN) ++q;
    } else if (k(p) == K_ORD1 && k(p + 1) == K_MIN) {
      d = 1;
      q = p + 2;
    } else if (size_t oe = ordinal_day(p, d); oe && k(oe) == K_MIN) {
      // "في الثاني من أكتوبر", "الحادي والعشرين من آذار"
      q = oe + 1;
    } else {
      return 0;
    }
    if (k(q) == K_SHAHR) ++q;
    MonthExpr me = month_at(q);
    if (!me.ok) return 0;
    Tail t = tail_at(me.end, me.hijri);
    return me.hijri ? resolve_hday(b, t.end, d, me.m, t) : resolve_gday(b, t.end, d, me.m, t);
  }

  size_t resolve_weekday(size_t b, size_t wp) {
    const int wd = tk(wp).val;
    size_t e = wp + 1;
    int mod = 0;
    if (k(e) == K_MOD && tk(e).val != 2) {
      mod = tk(e).val;
      ++e;
    }
    if (!has_pub_) return emit_unknown(b, e, mod == 1);
    if (mod == 1) {
      int delta = (wd - pubwd_ + 7) % 7;
      if (delta == 0) delta = 7;
      return emit_day(b, e, pubd_ + delta);
    }
    int delta = (pubwd_ - wd + 7) % 7;
    if (delta == 0 && mod == -1) delta = 7;
    return emit_day(b, e, pubd_ - delta);
  }

  size_t match_deictic(size_t b, size_t p) {
    int off;
    size_t e;
    bool fut = false;
    switch (k(p)) {
      case K_TODAY:
        off = 0;
        e = p + 1;
        break;
      case K_YEST:
        off = -1;
        e = p + 1;
        if (k(e) == K_ORD1) {  // امس الاول
          off = -2;
          ++e;
        }
        break;
      case K_TOMOR:
        off = 1;
        e = p + 1;
        fut = true;
        break;
      case K_TONIGHT:
        off = 0;
        e = p + 1;
        if (k(e) == K_MOD && tk(e).val != 2) {
          off = tk(e).val;
          fut = off > 0;
          ++e;
        }
        break;
      case K_PART:  // اول امس / اول من امس
        if (!is_awwal_word(p)) return 0;
        e = p + 1;
        if (k(e) == K_MIN) ++e;
        if (k(e) != K_YEST) return 0;
        off = -2;
        ++e;
        break;
      default:
        return 0;
    }
    if (k(e) == K_WEEKDAY) ++e;  // "اليوم الاثنين", "امس الاحد"
    if (!has_pub_) return emit_unknown(b, e, fut);
    return emit_day(b, e, pubd_ + off);
  }

  // اوائل/منتصف/اواخر + month | الشهر | العام | الاسبوع | year
  size_t match_part(size_t i) {
    if (k(i) != K_PART) return 0;
    const int part = tk(i).val;
    size_t q = i + 1;
    if (k(q) == K_MIN) ++q;
    if (k(q) == K_SHAHR) ++q;
    MonthExpr me = month_at(q);
    if (me.ok) {
      Tail t = tail_at(me.end, me.hijri);
      if (me.hijri) {
        int hy;
        if (!hmonth_year(me.m, t, hy)) {
          if (has_pub_ || t.has_year) return 0;
          return emit_unknown(i, t.end, t.mod == 1);
        }
        return emit_hpart(i, t.end, hy, me.m, part);
      }
      int y;
      if (!gmonth_year(me.m, t, y)) return emit_unknown(i, t.end, t.mod == 1);
      return emit_part(i, t.end, y, me.m, part);
    }
    q = i + 1;
    if (k(q) == K_MIN) ++q;
    const bool this_ = k(q) == K_THIS;
    if (this_) ++q;
    const uint8_t pk = k(q);
    // "في نهاية الشهر نفسه": the month named before, which this sentence
    // alone cannot place
    if ((pk == K_SHAHR_DEF || pk == K_YEAR_DEF || pk == K_WEEK_DEF) && k(q + 1) == K_SAME) return 0;
    if (pk == K_SHAHR_DEF || pk == K_YEAR_DEF || pk == K_WEEK_DEF) {
      size_t e = q + 1;
      int off = 0;
      bool fut = false;
      if (!this_) {
        const int o = period_offset(q + 1, e);
        off = o == 2 ? 0 : o;
      }
      if (pk == K_YEAR_DEF && !this_ && off == 0 && is_year_num(q + 1, false)) {
        return emit_year(i, q + 2, tk(q + 1).num);
      }
      fut = off > 0;
      if (!has_pub_) return emit_unknown(i, e, fut);
      if (pk == K_SHAHR_DEF) {
        int y, m;
        shift_month(off, y, m);
        return emit_part(i, e, y, m, part);
      }
      if (pk == K_YEAR_DEF) return emit_year(i, e, pub_.y + off);
      return emit_week(i, e, pubd_ + 7 * off);
    }
    if (this_) return 0;
    if (k(q) == K_YEAR_N) ++q;
    if (is_year_num(q, false)) return emit_year(i, q + 1, tk(q).num);
    return 0;
  }

  // Offset after a period word at j: MOD (-1/+1/2) or "قبل الماضي" (-2).
  // Returns 0 when none; sets e to the end.
  int period_offset(size_t j, size_t& e) const {
    if (k(j) == K_MOD) {
      e = j + 1;
      return tk(j).val;
    }
    if (k(j) == K_AGO && tk(j).val == -1 && k(j + 1) == K_MOD && tk(j + 1).val == -1) {
      e = j + 2;
      return -2;
    }
    return 0;
  }

  size_t match_month(size_t i) {
    size_t q = i;
    const bool shahr = k(q) == K_SHAHR;
    if (shahr) ++q;
    MonthExpr me = month_at(q);
    if (!me.ok) return 0;
    Tail t = tail_at(me.end, me.hijri);
    const bool anchored = t.has_year || t.mod != 0 || t.rel_year;
    if (me.hijri) {
      if (!anchored) return 0;
      if (k(t.end) == K_HMARK) ++t.end;
      int hy;
      if (!hmonth_year(me.m, t, hy)) return emit_unknown(i, t.end, t.mod == 1);
      return emit_hmonth(i, t.end, hy, me.m);
    }
    if (me.ambig && !anchored && !shahr) {
      const uint8_t pk = i > 0 ? k(i - 1) : static_cast<uint8_t>(K_NONE);
      if (pk != K_PREP && !(pk == K_AGO && tk(i - 1).val == -2)) return 0;
    }
    int y;
    if (!gmonth_year(me.m, t, y)) return emit_unknown(i, t.end, t.mod == 1);
    return emit_month(i, t.end, y, me.m);
  }

  // الشهر/العام/السنه/الاسبوع + modifier; هذا/هذه + period; عام/العام + year.
  size_t match_period(size_t i) {
    size_t q = i;
    const bool this_ = k(q) == K_THIS;
    if (this_) ++q;
    const uint8_t pk = k(q);
    if (pk != K_SHAHR_DEF && pk != K_YEAR_DEF && pk != K_WEEK_DEF && pk != K_YEAR_N) return 0;
    if (pk == K_YEAR_DEF || pk == K_YEAR_N) {
      if (!this_ && is_year_num(q + 1, false)) {
        size_t e = q + 2;
        if (tk(q + 1).suffix == 0 && k(e) == K_GMARK) ++e;
        return emit_year(i, e, tk(q + 1).num);
      }
      if (!this_ && is_year_num(q + 1, true) &&
          (tk(q + 1).suffix == 'h' || k(q + 2) == K_HMARK)) {
        size_t e = q + 2;
        if (k(e) == K_HMARK) ++e;
        return emit_hyear(i, e, tk(q + 1).num);
      }
    }
    if (pk == K_YEAR_N) return 0;
    size_t e = q + 1;
    int off = 0;
    if (!this_) {
      const int o = period_offset(q + 1, e);
      if (o == 0) return 0;
      off = o == 2 ? 0 : o;
    }
    if (!has_pub_) return emit_unknown(i, e, off > 0);
    if (pk == K_SHAHR_DEF) {
      int y, m;
      shift_month(off, y, m);
      return emit_month(i, e, y, m);
    }
    if (pk == K_YEAR_DEF) return emit_year(i, e, pub_.y + off);
    return emit_week(i, e, pubd_ + 7 * off);
  }

  // قبل/منذ/بعد + count + unit; بعد غد.
  size_t match_ago(size_t i) {
    if (k(i) != K_AGO && k(i) != K_AFTER) return 0;
    const int sign = k(i) == K_AFTER ? 1 : -1;
    size_t q = i + 1;
    int unit = 0, count = 0;
    if (sign > 0 && k(q) == K_TOMOR) {  // بعد غد
      if (!has_pub_) return emit_unknown(i, q + 1, true);
      return emit_day(i, q + 1, pubd_ + 2);
    }
    auto next_is_datey = [&](size_t j) {
      const uint8_t x = k(j);
      return x != K_NONE && x != K_DOT && x != K_SLASH && x != K_DASH && x != K_LPAR && x != K_RPAR &&
             x != K_PREP && x != K_MIN;
    };
    switch (k(q)) {
      case K_UNIT:
        unit = tk(q).val / 16;
        count = tk(q).val % 16;
        if (count == 0) return 0;
        ++q;
        break;
      case K_YAWM:
      case K_SHAHR:
      case K_YEAR_N:
        if (next_is_datey(q + 1)) return 0;  // "قبل يوم الخميس", "قبل عام 2019"
        unit = k(q) == K_YAWM ? U_DAY : k(q) == K_SHAHR ? U_MONTH : U_YEAR;
        count = 1;
        ++q;
        break;
      case K_NUM:
      case K_NUMWORD: {
        if (k(q) == K_NUM && (tk(q).suffix != 0 || tk(q).ndig > 3)) return 0;
        count = k(q) == K_NUM ? tk(q).num : tk(q).val;
        const size_t u = q + 1;
        if (k(u) == K_UNIT) {
          unit = tk(u).val / 16;
        } else if (k(u) == K_YAWM) {
          unit = U_DAY;
        } else if (k(u) == K_SHAHR) {
          unit = U_MONTH;
        } else if (k(u) == K_YEAR_N) {
          unit = U_YEAR;
        } else {
          return 0;
        }
        if (count <= 0 || count > 400) return 0;
        q = u + 1;
        break;
      }
      default:
        return 0;
    }
    const int n = sign * count;
    if (!has_pub_) return emit_unknown(i, q, sign > 0);
    switch (unit) {
      case U_DAY: return emit_day(i, q, pubd_ + n);
      case U_WEEK: return emit_week(i, q, pubd_ + 7 * n);
      case U_MONTH: {
        int y, m;
        shift_month(n, y, m);
        return emit_month(i, q, y, m);
      }
      case U_YEAR: return emit_year(i, q, pub_.y + n);
      default: return 0;
    }
  }

  // 1441 ه / 1441ه ; 2019 م ; في/خلال/حتي/منذ 2019
  size_t match_year(size_t i) {
    if (k(i) != K_NUM) return 0;
    const Tok& x = tk(i);
    if (is_year_num(i, true) && (x.suffix == 'h' || k(i + 1) == K_HMARK)) {
      return emit_hyear(i, x.suffix == 'h' ? i + 1 : i + 2, x.num);
    }
    if (!is_year_num(i, false) || x.num < 1900 || x.num > 2100) return 0;
    if (x.suffix == 'm') return emit_year(i, i + 1, x.num);
    if (k(i + 1) == K_GMARK) return emit_year(i, i + 2, x.num);
    if (i > 0) {
      const uint8_t pk = k(i - 1);
      if (pk == K_PREP || (pk == K_AGO && tk(i - 1).val == -2)) return emit_year(i, i + 1, x.num);
    }
    return 0;
  }
};

}  // namespace

std::vector<DateExpr> find_dates(const std::vector<std::string>& tokens,
                                 const std::optional<CivilDate>& pub) {
  thread_local std::vector<Tok> buf;
  buf.clear();
  bool any = false;
  for (const std::string& s : tokens) {
    Tok t = classify(s);
    // punctuation / prepositions alone can never start an expression
    if (t.kind != K_NONE && t.kind != K_SLASH && t.kind != K_LPAR && t.kind != K_RPAR &&
        t.kind != K_DASH && t.kind != K_DOT && t.kind != K_PREP && t.kind != K_MIN)
      any = true;
    buf.push_back(t);
  }
  if (!any) return {};
  Matcher m(buf, pub);
  return m.run();
}

}  // namespace marsad
