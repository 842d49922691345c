#include "core/binary_image.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace marsad {

uint32_t fnv32(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

uint64_t fnv64(const char* p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(p[i]);
    h *= 1099511628211ull;
  }
  return h;
}

Status save_image(const std::string& path, const char* data, size_t size) {
  if (size < 8) return Status::Error("image too small to save: " + path);
  std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Error("cannot write " + tmp);
  static const char kZero[8] = {};
  out.write(kZero, 8);
  out.write(data + 8, static_cast<std::streamsize>(size - 8));
  out.seekp(0);
  out.write(data, 8);  // the magic, last
  out.close();
  if (!out) return Status::Error("write failed: " + tmp);
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::Error("cannot rename " + tmp + " to " + path + ": " + ec.message());
  return Status::Ok();
}

MappedFile::~MappedFile() {
  if (p_) munmap(p_, n_);
}

Status MappedFile::open(const std::string& path, size_t min_size, const char* what) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return Status::Error(std::string("cannot open ") + what + " " + path);
  struct stat st{};
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(min_size)) {
    ::close(fd);
    return Status::Error(std::string(what) + " file too small: " + path);
  }
  void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return Status::Error("mmap failed: " + path);
  p_ = p;
  n_ = static_cast<size_t>(st.st_size);
  return Status::Ok();
}

}  // namespace marsad
