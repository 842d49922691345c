// Tests for src/time/date_resolver: tables of literal sentence -> expected
// first (or n-th) time expression. Sentences are written for these tests.
// Hijri expectations follow the tabular Islamic civil calendar (they agree
// with ICU's "islamic-civil" calendar).
#include "time/date_resolver.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace marsad {
namespace {

// --- tiny normalizer + tokenizer for the tests ------------------------------
// أ إ آ ٱ -> ا ; ى -> ي ; ة -> ه ; harakat/tatweel removed ; Arabic-Indic
// digits -> ASCII ; split on spaces ; "/", "(", ")", "،", "," become their
// own tokens, except "/" between two digits (kept glued: "9/4/2020").
void put_utf8(std::string& s, uint32_t cp) {
  if (cp < 0x80) {
    s.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    s.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    s.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::vector<uint32_t> decode(const std::string& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    int n;
    if (c < 0x80) {
      cp = c, n = 1;
    } else if ((c >> 5) == 6) {
      cp = c & 0x1F, n = 2;
    } else if ((c >> 4) == 14) {
      cp = c & 0x0F, n = 3;
    } else {
      cp = c & 0x07, n = 4;
    }
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::vector<std::string> toks(const std::string& text) {
  std::vector<uint32_t> cps;
  for (uint32_t cp : decode(text)) {
    if (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671) cp = 0x0627;
    else if (cp == 0x0649) cp = 0x064A;
    else if (cp == 0x0629) cp = 0x0647;
    else if (cp >= 0x0660 && cp <= 0x0669) cp = '0' + (cp - 0x0660);
    else if ((cp >= 0x064B && cp <= 0x0652) || cp == 0x0670 || cp == 0x0640) continue;
    cps.push_back(cp);
  }
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  auto isd = [](uint32_t c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    if (c == ' ') {
      flush();
    } else if (c == '(' || c == ')' || c == 0x060C || c == ',' ||
               (c == '/' && !(i > 0 && isd(cps[i - 1]) && i + 1 < cps.size() && isd(cps[i + 1])))) {
      flush();
      put_utf8(cur, c);
      flush();
    } else {
      put_utf8(cur, c);
    }
  }
  flush();
  return out;
}

std::string join(const std::vector<std::string>& t, size_t b, size_t e) {
  std::string s;
  for (size_t i = b; i < e && i < t.size(); ++i) {
    if (i > b) s += ' ';
    s += t[i];
  }
  return s;
}

// --- table -------------------------------------------------------------------
struct Case {
  const char* name;
  const char* pub;     // "" = unknown publication date
  const char* text;
  int count;           // expected number of expressions (-1: don't check)
  int idx;             // which expression to check
  const char* span;    // expected covered tokens (normalized, space-joined); nullptr: skip
  const char* start;
  const char* end;
  const char* prec;
  bool future;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

constexpr const char* P = "2020-04-13";  // a Monday; 19 Shaban 1441

class DateResolverTable : public ::testing::TestWithParam<Case> {};

TEST_P(DateResolverTable, Resolves) {
  const Case& c = GetParam();
  std::optional<CivilDate> pub;
  if (*c.pub) {
    pub = parse_iso_date(c.pub);
    ASSERT_TRUE(pub.has_value());
  }
  const std::vector<std::string> t = toks(c.text);
  const std::vector<DateExpr> r = find_dates(t, pub);
  if (c.count >= 0) {
    ASSERT_EQ(static_cast<int>(r.size()), c.count) << c.text;
  }
  if (c.count == 0) return;
  ASSERT_LT(static_cast<size_t>(c.idx), r.size()) << c.text;
  const DateExpr& d = r[c.idx];
  if (c.span) {
    EXPECT_EQ(join(t, d.tok_begin, d.tok_end), join(toks(c.span), 0, 99));
  }
  EXPECT_EQ(d.start, c.start);
  EXPECT_EQ(d.end, c.end);
  EXPECT_EQ(d.precision, c.prec);
  EXPECT_EQ(d.future, c.future);
  const int want_score = std::string(c.prec) == "day" ? 4
                         : std::string(c.prec) == "part_of_month" ? 3
                         : std::string(c.prec) == "month" ? 2
                         : std::string(c.prec) == "year" ? 1
                                                          : 0;
  EXPECT_EQ(d.score, want_score);
  // expressions are in order and non-overlapping
  for (size_t i = 1; i < r.size(); ++i) EXPECT_LE(r[i - 1].tok_end, r[i].tok_begin);
}

const Case kSeed[] = {
    {"seed_today_monday", P, "قال الوزير اليوم الاثنين إن", 1, 0, "اليوم الاثنين", "2020-04-13", "2020-04-13", "day", false},
    {"seed_thursday", P, "وكان الاجتماع قد عقد الخميس في بغداد", 1, 0, "الخميس", "2020-04-09", "2020-04-09", "day", false},
    {"seed_late_march_past", P, "في أواخر مارس/آذار الماضي", 1, 0, "أواخر مارس / آذار الماضي", "2020-03-21", "2020-03-31", "part_of_month", false},
    {"seed_early_march_past", P, "منذ بداية مارس/آذار الفائت", 1, 0, "بداية مارس / آذار الفائت", "2020-03-01", "2020-03-10", "part_of_month", false},
    {"seed_current_month", P, "ارتفعت الأسعار خلال الشهر الجاري", 1, 0, "الشهر الجاري", "2020-04-01", "2020-04-30", "month", false},
    {"seed_june_next", P, "تجرى الانتخابات في حزيران/يونيو المقبل", 1, 0, "حزيران / يونيو المقبل", "2020-06-01", "2020-06-30", "month", true},
};

const Case kWeekdays[] = {
    {"weekday_yawm_past", P, "التقى الطرفان يوم الخميس الماضي", 1, 0, "يوم الخميس الماضي", "2020-04-09", "2020-04-09", "day", false},
    {"weekday_same_plain", P, "اعلن الاثنين عن الخطة", 1, 0, "الاثنين", "2020-04-13", "2020-04-13", "day", false},
    {"weekday_same_past", P, "الاثنين الماضي", 1, 0, nullptr, "2020-04-06", "2020-04-06", "day", false},
    {"weekday_friday_next_fem", P, "صلاة الجمعة المقبلة", 1, 0, "الجمعة المقبلة", "2020-04-17", "2020-04-17", "day", true},
    {"weekday_same_next", P, "الاثنين القادم", 1, 0, nullptr, "2020-04-20", "2020-04-20", "day", true},
    {"weekday_waw_clitic", P, "وصل الوفد والسبت غادر", 1, 0, "والسبت", "2020-04-11", "2020-04-11", "day", false},
    {"weekday_sunday_munsarim", P, "الأحد المنصرم", 1, 0, nullptr, "2020-04-12", "2020-04-12", "day", false},
    {"weekday_hamza_kasra", P, "يوم الإثنين", 1, 0, "يوم الإثنين", "2020-04-13", "2020-04-13", "day", false},
    {"weekday_wed_fa2it", P, "الأربعاء الفائت", 1, 0, nullptr, "2020-04-08", "2020-04-08", "day", false},
    {"weekday_with_date", P, "الخميس 9 نيسان 2020", 1, 0, "الخميس 9 نيسان 2020", "2020-04-09", "2020-04-09", "day", false},
    {"weekday_before_yawm", P, "قبل يوم الخميس", 1, 0, "يوم الخميس", "2020-04-09", "2020-04-09", "day", false},
};

const Case kDeictic[] = {
    {"yesterday", P, "وقع الانفجار أمس", 1, 0, "أمس", "2020-04-12", "2020-04-12", "day", false},
    {"yesterday_barha", P, "البارحة", 1, 0, nullptr, "2020-04-12", "2020-04-12", "day", false},
    {"yesterday_bil_ams", P, "بالأمس", 1, 0, nullptr, "2020-04-12", "2020-04-12", "day", false},
    {"day_before_yesterday", P, "أول أمس", 1, 0, "أول أمس", "2020-04-11", "2020-04-11", "day", false},
    {"day_before_yesterday_min", P, "أول من أمس", 1, 0, "أول من أمس", "2020-04-11", "2020-04-11", "day", false},
    {"day_before_yesterday_ams_awwal", P, "أمس الأول", 1, 0, "أمس الأول", "2020-04-11", "2020-04-11", "day", false},
    {"tomorrow_tanwin", P, "يصل غداً إلى", 1, 0, "غدا", "2020-04-14", "2020-04-14", "day", true},
    {"after_tomorrow", P, "بعد غد", 1, 0, "بعد غد", "2020-04-15", "2020-04-15", "day", true},
    {"tonight", P, "الليلة", 1, 0, nullptr, "2020-04-13", "2020-04-13", "day", false},
    {"last_night", P, "الليلة الماضية", 1, 0, "الليلة الماضية", "2020-04-12", "2020-04-12", "day", false},
    {"dawn_today", P, "فجر اليوم", 1, 0, "فجر اليوم", "2020-04-13", "2020-04-13", "day", false},
    {"evening_yesterday", P, "مساء أمس", 1, 0, "مساء أمس", "2020-04-12", "2020-04-12", "day", false},
    {"morning_thursday", P, "صباح الخميس", 1, 0, "صباح الخميس", "2020-04-09", "2020-04-09", "day", false},
    {"morning_day_tomorrow", P, "صباح يوم غد", 1, 0, "صباح يوم غد", "2020-04-14", "2020-04-14", "day", true},
    {"yesterday_weekday", P, "أمس الأحد", 1, 0, "أمس الأحد", "2020-04-12", "2020-04-12", "day", false},
    {"daypart_alone_no_date", P, "صباح الخير", 0, 0, nullptr, "", "", "", false},
};

const Case kMonths[] = {
    {"day_month_year_pair", P, "15 أيار/مايو 2023", 1, 0, "15 أيار / مايو 2023", "2023-05-15", "2023-05-15", "day", true},
    {"month_year", P, "أيار 2023", 1, 0, nullptr, "2023-05-01", "2023-05-31", "month", true},
    {"day_month_no_year_past", P, "في 9 نيسان", 1, 0, "9 نيسان", "2020-04-09", "2020-04-09", "day", false},
    {"day_month_no_year_prev_year", P, "في 20 نيسان", 1, 0, nullptr, "2019-04-20", "2019-04-20", "day", false},
    {"day_month_next", P, "في 20 نيسان المقبل", 1, 0, nullptr, "2020-04-20", "2020-04-20", "day", true},
    {"month_past_same_year", P, "مارس الماضي", 1, 0, nullptr, "2020-03-01", "2020-03-31", "month", false},
    {"month_past_prev_year", "2020-03-10", "مارس الماضي", 1, 0, nullptr, "2019-03-01", "2019-03-31", "month", false},
    {"month_plain_prev_year", P, "في ديسمبر", 1, 0, "ديسمبر", "2019-12-01", "2019-12-31", "month", false},
    {"tishrin_pair_past", P, "تشرين الأول/أكتوبر الماضي", 1, 0, "تشرين الأول / أكتوبر الماضي", "2019-10-01", "2019-10-31", "month", false},
    {"kanun_pair_year", P, "كانون الثاني/يناير 2021", 1, 0, nullptr, "2021-01-01", "2021-01-31", "month", true},
    {"kanun_awwal", P, "كانون الأول 2019", 1, 0, nullptr, "2019-12-01", "2019-12-31", "month", false},
    {"paren_pair", P, "مارس (آذار) 2019", 1, 0, "مارس ( آذار ) 2019", "2019-03-01", "2019-03-31", "month", false},
    {"marasa_verb_no_date", P, "مارس الضغوط على الحكومة", 0, 0, nullptr, "", "", "", false},
    {"mars_after_fi", P, "في مارس", 1, 0, "مارس", "2020-03-01", "2020-03-31", "month", false},
    {"ab_father_no_date", P, "زيارة الأب إلى باب المدينة", 0, 0, nullptr, "", "", "", false},
    {"ab_month_year", P, "آب 2019", 1, 0, nullptr, "2019-08-01", "2019-08-31", "month", false},
    {"maghreb_janvier", P, "جانفي 2020", 1, 0, nullptr, "2020-01-01", "2020-01-31", "month", false},
    {"maghreb_aout_past", P, "أوت الماضي", 1, 0, nullptr, "2019-08-01", "2019-08-31", "month", false},
    {"maghreb_mai_year", P, "ماي 2019", 1, 0, nullptr, "2019-05-01", "2019-05-31", "month", false},
    {"maghreb_juillet", P, "جويلية 2019", 1, 0, nullptr, "2019-07-01", "2019-07-31", "month", false},
    {"egypt_yunya_past", P, "يونية الماضي", 1, 0, nullptr, "2019-06-01", "2019-06-30", "month", false},
    {"awwal_min_month", P, "الأول من مايو", 1, 0, "الأول من مايو", "2019-05-01", "2019-05-01", "day", false},
    {"day_april_pair", P, "9 أبريل/نيسان", 1, 0, nullptr, "2020-04-09", "2020-04-09", "day", false},
    {"yawm_day_month", P, "يوم 15 مايو", 1, 0, "يوم 15 مايو", "2019-05-15", "2019-05-15", "day", false},
    {"day_min_shahr_month_year", P, "15 من شهر مايو 2020", 1, 0, "15 من شهر مايو 2020", "2020-05-15", "2020-05-15", "day", true},
    {"month_of_last_year", P, "مارس من العام الماضي", 1, 0, "مارس من العام الماضي", "2019-03-01", "2019-03-31", "month", false},
    {"feb29_leap_back", "2021-03-01", "29 فبراير", 1, 0, nullptr, "2020-02-29", "2020-02-29", "day", false},
    {"impossible_day_falls_back_to_month", P, "31 أبريل 2020", 1, 0, "أبريل 2020", "2020-04-01", "2020-04-30", "month", false},
    {"month_greg_mark", P, "ديسمبر 2019 م", 1, 0, "ديسمبر 2019 م", "2019-12-01", "2019-12-31", "month", false},
};

const Case kParts[] = {
    {"mid_june_next", P, "منتصف يونيو/حزيران المقبل", 1, 0, nullptr, "2020-06-11", "2020-06-20", "part_of_month", true},
    {"early_current_month", P, "مطلع الشهر الجاري", 1, 0, "مطلع الشهر الجاري", "2020-04-01", "2020-04-10", "part_of_month", false},
    {"end_last_month", P, "نهاية الشهر الماضي", 1, 0, nullptr, "2020-03-21", "2020-03-31", "part_of_month", false},
    {"mid_next_month", P, "أواسط الشهر المقبل", 1, 0, nullptr, "2020-05-11", "2020-05-20", "part_of_month", true},
    {"waw_bidaya_may_past", P, "وبداية أيار الماضي", 1, 0, "وبداية أيار الماضي", "2019-05-01", "2019-05-10", "part_of_month", false},
    {"late_feb_leap", P, "أواخر شباط 2020", 1, 0, nullptr, "2020-02-21", "2020-02-29", "part_of_month", false},
    {"awail_month_plain", P, "أوائل أبريل", 1, 0, nullptr, "2020-04-01", "2020-04-10", "part_of_month", false},
    {"late_year_number", P, "أواخر 2019", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"end_last_year", P, "نهاية العام الماضي", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"late_ramadan_year", P, "أواخر رمضان 1441", 1, 0, nullptr, "2020-05-14", "2020-05-23", "part_of_month", true},
    {"mid_shahr_month", P, "منتصف شهر تموز", 1, 0, nullptr, "2019-07-11", "2019-07-20", "part_of_month", false},
};

const Case kPeriods[] = {
    {"this_month", P, "هذا الشهر", 1, 0, nullptr, "2020-04-01", "2020-04-30", "month", false},
    {"last_month", P, "الشهر الماضي", 1, 0, nullptr, "2020-03-01", "2020-03-31", "month", false},
    {"last_month_bi_clitic", P, "بالشهر المنصرم", 1, 0, nullptr, "2020-03-01", "2020-03-31", "month", false},
    {"next_month", P, "الشهر المقبل", 1, 0, nullptr, "2020-05-01", "2020-05-31", "month", true},
    {"last_year", P, "العام الماضي", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"current_year_sana", P, "السنة الحالية", 1, 0, nullptr, "2020-01-01", "2020-12-31", "year", false},
    {"next_year_lil", P, "للعام المقبل", 1, 0, "للعام المقبل", "2021-01-01", "2021-12-31", "year", true},
    {"year_before_last", P, "العام قبل الماضي", 1, 0, nullptr, "2018-01-01", "2018-12-31", "year", false},
    {"this_year", P, "هذا العام", 1, 0, nullptr, "2020-01-01", "2020-12-31", "year", false},
    {"public_opinion_no_date", P, "الرأي العام", 0, 0, nullptr, "", "", "", false},
    {"last_week", P, "الأسبوع الماضي", 1, 0, nullptr, "2020-04-04", "2020-04-10", "part_of_month", false},
    {"this_week", P, "الأسبوع الجاري", 1, 0, nullptr, "2020-04-11", "2020-04-17", "part_of_month", false},
    {"next_week", P, "الأسبوع المقبل", 1, 0, nullptr, "2020-04-18", "2020-04-24", "part_of_month", true},
    {"two_days_ago", P, "قبل يومين", 1, 0, nullptr, "2020-04-11", "2020-04-11", "day", false},
    {"since_two_days", P, "منذ يومين", 1, 0, nullptr, "2020-04-11", "2020-04-11", "day", false},
    {"three_days_ago_word", P, "قبل ثلاثة أيام", 1, 0, "قبل ثلاثة أيام", "2020-04-10", "2020-04-10", "day", false},
    {"five_days_ago_digit", P, "قبل 5 أيام", 1, 0, nullptr, "2020-04-08", "2020-04-08", "day", false},
    {"in_two_days", P, "بعد يومين", 1, 0, nullptr, "2020-04-15", "2020-04-15", "day", true},
    {"two_months_ago", P, "قبل شهرين", 1, 0, nullptr, "2020-02-01", "2020-02-29", "month", false},
    {"two_years_ago", P, "قبل عامين", 1, 0, nullptr, "2018-01-01", "2018-12-31", "year", false},
    {"two_weeks_ago", P, "قبل أسبوعين", 1, 0, nullptr, "2020-03-28", "2020-04-03", "part_of_month", false},
    {"month_shift_over_year", "2020-01-20", "الشهر الماضي", 1, 0, nullptr, "2019-12-01", "2019-12-31", "month", false},
};

const Case kNumeric[] = {
    {"dmy_slash_split", P, "في 9 / 4 / 2020", 1, 0, "9 / 4 / 2020", "2020-04-09", "2020-04-09", "day", false},
    {"ymd_slash_glued", P, "بتاريخ 2020/04/09", 1, 0, "2020/04/09", "2020-04-09", "2020-04-09", "day", false},
    {"dmy_dash_split", P, "09 - 04 - 2020", 1, 0, nullptr, "2020-04-09", "2020-04-09", "day", false},
    {"dmy_slash_glued", P, "9/4/2020", 1, 0, nullptr, "2020-04-09", "2020-04-09", "day", false},
    {"invalid_numeric", P, "31/2/2020", 0, 0, nullptr, "", "", "", false},
    {"am_year", P, "عام 2019", 1, 0, "عام 2019", "2019-01-01", "2019-12-31", "year", false},
    {"al_am_year", P, "العام 2019", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"sana_year", P, "سنة 2019", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"fi_year", P, "في 2019", 1, 0, "2019", "2019-01-01", "2019-12-31", "year", false},
    {"bare_number_no_date", P, "أصيب 2019 شخصا", 0, 0, nullptr, "", "", "", false},
    {"mundhu_year", P, "منذ 2011", 1, 0, "2011", "2011-01-01", "2011-12-31", "year", false},
    {"year_greg_mark", P, "2019 م", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"year_glued_greg_mark", P, "2019م", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
};

const Case kHijri[] = {
    {"hijri_day_month_year", P, "15 رمضان 1441", 1, 0, nullptr, "2020-05-08", "2020-05-08", "day", true},
    {"hijri_month_year_mark", P, "رمضان 1441 هـ", 1, 0, "رمضان 1441 ه", "2020-04-24", "2020-05-23", "month", true},
    {"hijri_year_mark", P, "1441 هـ", 1, 0, nullptr, "2019-09-01", "2020-08-19", "year", false},
    {"hijri_year_glued", P, "عام 1441هـ", 1, 0, nullptr, "2019-09-01", "2020-08-19", "year", false},
    {"ramadan_name_no_date", P, "قال رمضان إن", 0, 0, nullptr, "", "", "", false},
    {"ramadan_next", P, "رمضان المقبل", 1, 0, nullptr, "2020-04-24", "2020-05-23", "month", true},
    {"dhul_hijja_year", P, "ذو الحجة 1440", 1, 0, nullptr, "2019-08-03", "2019-08-31", "month", false},
    {"dhil_hijja_day", P, "10 ذي الحجة 1440", 1, 0, nullptr, "2019-08-12", "2019-08-12", "day", false},
    {"rabi_awwal", P, "ربيع الأول 1442", 1, 0, nullptr, "2020-10-18", "2020-11-16", "month", true},
    {"jumada_akhira", P, "جمادى الآخرة 1441", 1, 0, nullptr, "2020-01-27", "2020-02-24", "month", false},
    {"hijri_day_no_year", P, "15 رمضان", 1, 0, nullptr, "2019-05-20", "2019-05-20", "day", false},
    {"hijri_numeric", P, "1441/9/15 هـ", 1, 0, nullptr, "2020-05-08", "2020-05-08", "day", true},
    {"safar_zero_no_date", P, "صفر", 0, 0, nullptr, "", "", "", false},
};

const Case kNoPub[] = {
    {"nopub_weekday", "", "الخميس", 1, 0, nullptr, "", "", "unknown", false},
    {"nopub_yesterday", "", "أمس", 1, 0, nullptr, "", "", "unknown", false},
    {"nopub_next_month_name", "", "حزيران/يونيو المقبل", 1, 0, nullptr, "", "", "unknown", true},
    {"nopub_tomorrow", "", "غدا", 1, 0, nullptr, "", "", "unknown", true},
    {"nopub_absolute_day", "", "15 أيار/مايو 2023", 1, 0, nullptr, "2023-05-15", "2023-05-15", "day", false},
    {"nopub_absolute_year", "", "عام 2019", 1, 0, nullptr, "2019-01-01", "2019-12-31", "year", false},
    {"nopub_numeric", "", "9/4/2020", 1, 0, nullptr, "2020-04-09", "2020-04-09", "day", false},
    {"nopub_hijri", "", "15 رمضان 1441", 1, 0, nullptr, "2020-05-08", "2020-05-08", "day", false},
    {"nopub_last_month", "", "الشهر الماضي", 1, 0, nullptr, "", "", "unknown", false},
};

const Case kMulti[] = {
    {"multi_first", P, "وصل أمس الأحد على أن يغادر في 15 أيار/مايو 2023", 2, 0, "أمس الأحد", "2020-04-12", "2020-04-12", "day", false},
    {"multi_second", P, "وصل أمس الأحد على أن يغادر في 15 أيار/مايو 2023", 2, 1, "15 أيار / مايو 2023", "2023-05-15", "2023-05-15", "day", true},
    {"multi_hijri_and_greg", P, "15 رمضان 1441 الموافق 8 أيار/مايو 2020", 2, 1, nullptr, "2020-05-08", "2020-05-08", "day", true},
    {"no_time_words", P, "أعلنت الحكومة عن خطة جديدة لدعم المزارعين", 0, 0, nullptr, "", "", "", false},
    {"clitic_fa_month", P, "فحزيران الماضي", 1, 0, nullptr, "2019-06-01", "2019-06-30", "month", false},
    // ordinal days: "الثاني من أكتوبر", "الحادي والعشرين من آذار", "الثالث عشر من"
    {"ordinal_second", P, "في الثاني من آذار الماضي", 1, 0, "الثاني من اذار الماضي", "2020-03-02", "2020-03-02", "day", false},
    {"ordinal_teen", P, "في الثالث عشر من شباط/فبراير", 1, 0, nullptr, "2020-02-13", "2020-02-13", "day", false},
    {"ordinal_compound", P, "يوم الحادي والعشرين من كانون الثاني الماضي", 1, 0, nullptr, "2020-01-21", "2020-01-21", "day", false},
    {"ordinal_thirtieth", P, "في الثلاثين من مارس", 1, 0, nullptr, "2020-03-30", "2020-03-30", "day", false},
    {"ordinal_hijri", P, "في العاشر من رمضان المقبل", 1, 0, nullptr, "2020-05-03", "2020-05-03", "day", true},
    // not a day: "الأخير من" (the last of), "الثالث من العام" (no month)
    {"last_of_month", P, "في الأسبوع الأخير من آذار الماضي", 1, 0, "اذار الماضي", "2020-03-01", "2020-03-31", "month", false},
    {"ordinal_no_month", P, "في الربع الثالث من العام الماضي", 1, 0, "العام الماضي", "2019-01-01", "2019-12-31", "year", false},
};

INSTANTIATE_TEST_SUITE_P(Seed, DateResolverTable, ::testing::ValuesIn(kSeed),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Weekdays, DateResolverTable, ::testing::ValuesIn(kWeekdays),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Deictic, DateResolverTable, ::testing::ValuesIn(kDeictic),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Months, DateResolverTable, ::testing::ValuesIn(kMonths),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Parts, DateResolverTable, ::testing::ValuesIn(kParts),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Periods, DateResolverTable, ::testing::ValuesIn(kPeriods),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Numeric, DateResolverTable, ::testing::ValuesIn(kNumeric),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Hijri, DateResolverTable, ::testing::ValuesIn(kHijri),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(NoPub, DateResolverTable, ::testing::ValuesIn(kNoPub),
                         [](const auto& i) { return std::string(i.param.name); });
INSTANTIATE_TEST_SUITE_P(Multi, DateResolverTable, ::testing::ValuesIn(kMulti),
                         [](const auto& i) { return std::string(i.param.name); });

// --- hand-built token vectors (exactly as the tokenizer would emit them) -------
TEST(DateResolverTokens, SeedJuneTokenizedByHand) {
  const std::vector<std::string> t = {"في", "حزيران", "/", "يونيو", "المقبل"};
  auto r = find_dates(t, CivilDate{2020, 4, 13});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].tok_begin, 1u);
  EXPECT_EQ(r[0].tok_end, 5u);
  EXPECT_EQ(r[0].start, "2020-06-01");
  EXPECT_EQ(r[0].end, "2020-06-30");
  EXPECT_EQ(r[0].precision, "month");
  EXPECT_TRUE(r[0].future);
  EXPECT_EQ(r[0].score, 2);
}

TEST(DateResolverTokens, GluedDashDate) {
  auto r = find_dates({"09-04-2020"}, std::nullopt);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].start, "2020-04-09");
}

TEST(DateResolverTokens, EmptyAndLatin) {
  EXPECT_TRUE(find_dates({}, CivilDate{2020, 4, 13}).empty());
  EXPECT_TRUE(find_dates({"March", "2020", "", "/"}, CivilDate{2020, 4, 13}).empty());
}

TEST(DateResolverTokens, TheSameMonthIsNotThisMonth) {
  // "في نهاية الشهر نفسه": the month named before, not the current one
  EXPECT_TRUE(find_dates(toks("اعدم اثنان منهم في نهاية الشهر نفسه"), CivilDate{2007, 9, 4}).empty());
  auto r = find_dates(toks("اعدم اثنان منهم في نهاية الشهر الماضي"), CivilDate{2007, 9, 4});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].start.substr(0, 7), "2007-08");
  EXPECT_FALSE(r[0].future);
}

TEST(DateResolverTokens, InvalidPubTreatedAsUnknown) {
  auto r = find_dates({"امس"}, CivilDate{2020, 2, 30});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].precision, "unknown");
}

// --- ISO helpers ----------------------------------------------------------
struct IsoCase {
  const char* in;
  bool ok;
  CivilDate want;
};

TEST(DateResolverIso, ParseTable) {
  const IsoCase cases[] = {
      {"2020-04-13", true, {2020, 4, 13}},
      {"2020-04-13 10:22:00", true, {2020, 4, 13}},
      {"2020-04-13T10:22:00Z", true, {2020, 4, 13}},
      {"2020-02-29", true, {2020, 2, 29}},
      {"2019-02-29", false, {}},
      {"2020-13-01", false, {}},
      {"2020-4-13", false, {}},
      {"13/04/2020", false, {}},
      {"2020-04-13x", false, {}},
      {"", false, {}},
  };
  for (const IsoCase& c : cases) {
    auto r = parse_iso_date(c.in);
    EXPECT_EQ(r.has_value(), c.ok) << c.in;
    if (c.ok && r) {
      EXPECT_EQ(*r, c.want) << c.in;
    }
  }
}

TEST(DateResolverIso, ToIso) {
  EXPECT_EQ(to_iso(CivilDate{2020, 4, 9}), "2020-04-09");
  EXPECT_EQ(to_iso(CivilDate{987, 12, 31}), "0987-12-31");
}

}  // namespace
}  // namespace marsad
