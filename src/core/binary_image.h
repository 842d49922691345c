// Compiled binary images (lexicon, gazetteer): hashing, saving with the magic
// written last (a half-written file is never loaded), and read-only mapping.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace marsad {

uint32_t fnv32(std::string_view s);
uint64_t fnv64(const char* p, size_t n);
inline size_t align8(size_t x) { return (x + 7) & ~size_t(7); }

// Writes data[0, size) to path through a temporary file; the first 8 bytes
// (the magic) are written last, then the file is renamed into place.
Status save_image(const std::string& path, const char* data, size_t size);

// A read-only memory mapping of a whole file, unmapped on destruction.
class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  // Maps path; fails when it cannot be opened or is shorter than min_size.
  Status open(const std::string& path, size_t min_size, const char* what);
  const char* data() const { return static_cast<const char*>(p_); }
  size_t size() const { return n_; }

 private:
  void* p_ = nullptr;
  size_t n_ = 0;
};

}  // namespace marsad
