// Whole-pipeline behaviour on Arabic sentences we wrote: type, actors,
// modality, counts, dates and spans.
#include <gtest/gtest.h>

#include "test_util.h"
#include "text/utf8.h"

namespace marsad {
namespace {

using testing::code_text;

const Event* find_type(const DocResult& r, const std::string& type) {
  for (const auto& e : r.events)
    if (e.type == type) return &e;
  return nullptr;
}

struct Case {
  const char* text;
  const char* type;
  const char* actor1;    // code, "" = no actor1, "*" = don't care
  const char* actor2;    // code, "" = no actor2, "*" = don't care
  const char* modality;
  int killed, injured, arrested;  // -1 = null
};

TEST(Pipeline, Table) {
  const Case cases[] = {
      // VSO with nisba
      {"قصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة أمس.", "ASSAULT", "ISRMIL", "PSEREBHMS", "asserted", -1, -1, -1},
      // SVO
      {"الجيش العراقي اعتقل 25 شخصا في الموصل.", "COERCE", "IRQMIL", "*", "asserted", -1, -1, 25},
      // counts in words, passive-like kill verb
      {"قتل ستة مدنيين وأصيب اثنا عشر آخرون في قصف للطائرات الروسية على إدلب.", "ASSAULT", "*", "*", "asserted", 6, 12, -1},
      // verbal noun with من قبل
      {"أعلنت الوزارة تنفيذ غارات أمس من قبل طيران القوات الفرنسية على مواقع داعش.", "ASSAULT", "FRAMIL", "*", "asserted", -1, -1, -1},
      // requested, not carried out
      {"طالبت الحكومة العراقية التحالف الدولي بتنفيذ ضربات جوية ضد داعش.", "ASSAULT", "*", "*", "requested", -1, -1, -1},
      // future
      {"سوف تنسحب القوات الأمريكية من العراق الشهر المقبل.", "RETREAT", "USAMIL", "*", "future", -1, -1, -1},
      // denied
      {"نفى الجيش السوري أن يكون قد قصف المستشفى في حلب.", "ASSAULT", "*", "*", "denied", -1, -1, -1},
      // protest
      {"تظاهر آلاف الطلاب في الخرطوم ضد الحكومة السودانية.", "PROTEST", "*", "SDNGOV", "asserted", -1, -1, -1},
      // accuse
      {"اتهمت الحكومة السورية إسرائيل بقصف مطار دمشق.", "ACCUSE", "SYRGOV", "ISR", "asserted", -1, -1, -1},
      // consult
      {"التقى وزير الخارجية العراقي نظيره التركي في أنقرة.", "CONSULT", "IRQGOV", "*", "asserted", -1, -1, -1},
      // clashes
      {"اندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في تعز أسفرت عن مقتل 5 جنود.", "ASSAULT", "*", "*", "asserted", 5, -1, -1},
  };
  for (const auto& c : cases) {
    DocResult r = code_text(c.text);
    const Event* e = find_type(r, c.type);
    ASSERT_NE(e, nullptr) << c.text;
    if (std::string(c.actor1) != "*") EXPECT_EQ(e->actor1.code, c.actor1) << c.text;
    if (std::string(c.actor2) != "*") EXPECT_EQ(e->actor2.code, c.actor2) << c.text;
    EXPECT_EQ(e->modality, c.modality) << c.text;
    auto opt = [](int v) { return v < 0 ? std::optional<int64_t>() : std::optional<int64_t>(v); };
    EXPECT_EQ(e->fatalities, opt(c.killed)) << c.text;
    EXPECT_EQ(e->injured, opt(c.injured)) << c.text;
    EXPECT_EQ(e->arrested, opt(c.arrested)) << c.text;
  }
}

TEST(Pipeline, ReportedSpeechSpeakerIsNotTheAttacker) {
  DocResult r = code_text("وقال المتحدث باسم وزارة الداخلية العراقية إن مسلحين هاجموا أمس نقطة تفتيش للشرطة في كركوك.");
  const Event* e = find_type(r, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.role, "UAF");
  EXPECT_EQ(e->actor2.role, "COP");
  EXPECT_EQ(e->modality, "asserted");
}

TEST(Pipeline, NegationAndQuestions) {
  DocResult r = code_text("لم تقصف الطائرات أي موقع في المدينة.");
  const Event* e = find_type(r, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->negated);
  DocResult q = code_text("هل قصفت الطائرات المدينة؟");
  const Event* f = find_type(q, "ASSAULT");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->modality, "hypothetical");
}

TEST(Pipeline, DatesResolveAgainstPublication) {
  DocResult r = code_text("قصفت الطائرات الحربية مواقع المسلحين الخميس.", "2020-04-13");
  const Event* e = find_type(r, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date.start, "2020-04-09");
  EXPECT_EQ(e->date.precision, "day");
  DocResult u = code_text("قصفت الطائرات الحربية مواقع المسلحين الخميس.", "");
  const Event* f = find_type(u, "ASSAULT");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->date.start, "");
  EXPECT_EQ(f->date.precision, "unknown");
  DocResult fut = code_text("ستنسحب القوات في حزيران/يونيو المقبل.", "2020-04-13");
  const Event* g = find_type(fut, "RETREAT");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->modality, "future");
  EXPECT_EQ(g->date.start, "2020-06-01");
}

TEST(Pipeline, SpansSliceTheOriginal) {
  std::string text =
      "أفادت مصادر أمنية بأنَّ مسلحين مجهولين اغتالوا ضابطاً في الشرطة العراقية في حي الكرادة وسط بغداد، "
      "فجر اليوم الأحد.\nوأعلنت قيادة العمليات المشتركة اعتقال ١٢ مشتبها بهم.";
  DocResult r = code_text(text, "2021-05-16");
  ASSERT_GE(r.events.size(), 2u);
  std::u32string orig;
  size_t bad = 0;
  decode_utf8(text, &orig, &bad);
  auto slice = [&](const Span& s) { return to_utf8(orig.substr(s.b, s.e - s.b)); };
  for (const auto& e : r.events) {
    EXPECT_EQ(slice(e.trigger_span), e.trigger_text);
    EXPECT_EQ(slice(e.sentence_span), e.sentence);
    if (e.actor1.present) EXPECT_EQ(slice(e.actor1.span), e.actor1.text);
    if (e.actor2.present) EXPECT_EQ(slice(e.actor2.span), e.actor2.text);
    if (e.location.present) EXPECT_EQ(slice(e.location.span), e.location.text);
    if (e.date.has_span) EXPECT_EQ(slice(e.date.span), e.date.text);
  }
  const Event* arrest = find_type(r, "COERCE");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->arrested, 12);
}

TEST(Pipeline, BadDocumentsAreReportedNotCoded) {
  struct Case {
    std::string text;
    const char* reason;
  } cases[] = {
      {"", "empty_text"},
      {"   \n\t ", "empty_text"},
      {std::string("قصف \xC3\x28 مدينة"), "bad_utf8"},
      {std::string("قصفت\0الطائرات", 21), "nul_byte"},
      {"The army shelled the city yesterday and killed six civilians.", "not_arabic"},
      {"ارتش ایران روز گذشته چند پایگاه را در نزدیکی مرز هدف قرار داد و گفت که این حملات ادامه خواهد یافت.",
       "not_arabic"},
      // Urdu in Arabic script
      {"پاکستان کی فوج نے کل سرحد کے قریب کئی ٹھکانوں پر حملہ کیا اور کہا کہ یہ کارروائی جاری رہے گی۔",
       "not_arabic"},
  };
  for (const auto& c : cases) {
    DocResult r = code_text(c.text);
    EXPECT_TRUE(r.skipped) << c.text;
    EXPECT_EQ(r.skip_reason, c.reason) << c.text;
    EXPECT_FALSE(r.message.empty());
  }
  // fully vowelled Arabic is Arabic
  DocResult v = code_text("قَصَفَتِ الطَّائِرَاتُ الإِسْرَائِيلِيَّةُ أَمْسِ مَوَاقِعَ فِي غَزَّةَ.");
  EXPECT_FALSE(v.skipped) << v.message;
  EXPECT_NE(find_type(v, "ASSAULT"), nullptr);
  // a short Arabic sentence that CLD2 takes for Urdu (no Persian/Urdu letters)
  DocResult u = code_text("قتل جنود في أفغانستان أمس");
  EXPECT_FALSE(u.skipped) << u.message;
}

TEST(Pipeline, MentionsWithoutAnchorsAreNotEvents) {
  // a kind of event, not a specific one
  DocResult r = code_text("تثير الهجمات الإرهابية مخاوف واسعة لدى السكان.");
  EXPECT_EQ(find_type(r, "ASSAULT"), nullptr);
  // the same trigger with an actor, a place and a time is an event
  DocResult s = code_text("شن مسلحون هجوما على نقطة تفتيش في الرمادي أمس.");
  EXPECT_NE(find_type(s, "ASSAULT"), nullptr);
  // a reference back to an earlier attack is background
  DocResult t = code_text("عادت الحياة إلى طبيعتها في المدينة بعد الهجوم.");
  EXPECT_EQ(find_type(t, "ASSAULT"), nullptr);
}

TEST(Pipeline, HugeDocumentIsBounded) {
  Document d;
  d.id = "huge";
  std::string sentence = "قصفت الطائرات مواقع المسلحين في المدينة. ";
  while (d.text.size() < 6 * 1024 * 1024) d.text += sentence;
  DocResult r = testing::pipeline().code(d);
  EXPECT_TRUE(r.skipped);
  EXPECT_EQ(r.skip_reason, "too_large");
}

}  // namespace
}  // namespace marsad
