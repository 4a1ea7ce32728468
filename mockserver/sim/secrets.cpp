#include "sim/secrets.hpp"

#include <array>
#include <cstddef>

namespace pcsim::sim {
namespace {

// Every journaled body is scanned, so the per-byte test is a table look-up.
constexpr std::array<bool, 256> kWordChars = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    return table;
}();

bool isWordChar(char c) { return kWordChars[static_cast<unsigned char>(c)]; }

// The first letters of the names and words maskAfterWord looks for.
constexpr std::array<bool, 256> kFirstLetters = [] {
    std::array<bool, 256> table{};
    for (char c : std::string_view("cCpPrRaAiIsSbBeE")) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// Field names compared lower-case, without `_` and `-`.
constexpr std::array<std::string_view, 9> kSecretNames = {"clientsecret", "clientassertion", "password",
                                                          "refreshtoken", "accesstoken",     "idtoken",
                                                          "secret",       "admintoken",      "authorization"};

}  // namespace

bool isSecretName(std::string_view word) {
    char folded[24];
    std::size_t n = 0;
    for (char c : word) {
        if (c == '_' || c == '-') continue;
        if (n == sizeof folded) return false;
        folded[n++] = lower(c);
    }
    const std::string_view name(folded, n);
    for (auto secret : kSecretNames)
        if (name == secret) return true;
    return false;
}

namespace {

bool equalsFolded(std::string_view word, std::string_view lowerName) {
    if (word.size() != lowerName.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (lower(word[i]) != lowerName[i]) return false;
    return true;
}

bool isTokenChar(char c) { return isWordChar(c) || c == '.' || c == '~' || c == '+' || c == '/' || c == '='; }

// A credential after Bearer or Basic: shorter ones are prose ("Basic tier").
constexpr std::size_t kShortestCredential = 12;

// Builds the masked text only once something is to be masked: most texts hold no secret.
class Masker {
public:
    explicit Masker(std::string& text) : text_(text) {}

    void run() {
        const std::size_t size = text_.size();
        std::size_t i = 0;
        while (i < size) {
            while (i < size && !isWordChar(text_[i])) ++i;
            const std::size_t start = i;
            while (i < size && isWordChar(text_[i])) ++i;
            if (i > start) i = maskAfterWord(start, i);
        }
        if (copied_) {
            out_.append(text_, copiedUpTo_, std::string::npos);
            text_ = std::move(out_);
        }
    }

private:
    // Masks what follows the word [start, end); returns where scanning goes on.
    std::size_t maskAfterWord(std::size_t start, std::size_t end) {
        const std::string_view word(text_.data() + start, end - start);
        // Most words are none of the ones below: the shortest is "basic", and each begins with one
        // of these letters.
        if (word.size() < 5 || !kFirstLetters[static_cast<unsigned char>(word[0])]) return end;
        if (word.starts_with("eyJ")) return maskJwt(start, end);
        if (word.size() > 24) return end;
        if (equalsFolded(word, "bearer") || equalsFolded(word, "basic")) return maskCredential(end);
        if (!isSecretName(word)) return end;
        std::size_t i = end;
        const bool quotedKey = start > 0 && (text_[start - 1] == '"' || text_[start - 1] == '\'');
        // A key quoted inside a JSON string (a journal body in a bundle) closes with \".
        const bool escapedKey = quotedKey && start > 1 && text_[start - 2] == '\\';
        if (escapedKey && text_.compare(i, 2, "\\\"") == 0) i += 2;
        else if (quotedKey && i < text_.size() && text_[i] == text_[start - 1]) ++i;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        if (i >= text_.size() || (text_[i] != ':' && text_[i] != '=')) return end;
        const bool form = text_[i] == '=';
        ++i;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        if (i >= text_.size()) return i;
        const char first = text_[i];
        if (first == '"' || first == '\'') return maskQuoted(i);
        if (first == '\\' && i + 1 < text_.size() && text_[i + 1] == '"') return maskEscapedQuoted(i + 2);
        if (form) return maskPlain(i, "&\"' \t\r\n;,", false);
        if (first == '{' || first == '[' || text_.compare(i, 4, "null") == 0) return i;
        // JSON: a number or a word up to the next delimiter; YAML or prose: the rest of the line,
        // or of the flow collection it stands in.
        if (quotedKey) return maskPlain(i, ",}] \t\r\n", true, escapedKey);
        return maskPlain(i, inFlow(start) ? ",}]\r\n" : "\r\n", true);
    }

    bool inFlow(std::size_t at) const {
        for (std::size_t i = at; i > 0 && text_[i - 1] != '\n'; --i)
            if (text_[i - 1] == '{' || text_[i - 1] == '[') return true;
        return false;
    }

    // A quoted value: its content, up to the closing quote (or the end of a cut excerpt).
    std::size_t maskQuoted(std::size_t open) {
        const char quote = text_[open];
        std::size_t i = open + 1;
        while (i < text_.size() && text_[i] != quote) i += text_[i] == '\\' && quote == '"' ? 2 : 1;
        i = std::min(i, text_.size());
        if (i > open + 1 && !isMasked(std::string_view(text_.data() + open + 1, i - open - 1)))
            replace(open + 1, i, kSecretMask);
        return i;
    }

    // A double-quoted YAML value inside a JSON string: \"…\".
    std::size_t maskEscapedQuoted(std::size_t from) {
        std::size_t end = text_.find("\\\"", from);
        if (end == std::string::npos) end = text_.size();
        if (end > from && !isMasked(std::string_view(text_.data() + from, end - from))) replace(from, end, kSecretMask);
        return end;
    }

    std::size_t maskPlain(std::size_t from, std::string_view stops, bool quote, bool inJsonString = false) {
        std::size_t i = from;
        bool escaped = inJsonString;
        while (i < text_.size() && stops.find(text_[i]) == std::string_view::npos) {
            // A YAML comment ends the value; so does an escaped line end or quote, where the text is
            // a document quoted inside JSON.
            if (quote && text_[i] == '#' && i > from && (text_[i - 1] == ' ' || text_[i - 1] == '\t')) break;
            if (text_[i] == '\\' && i + 1 < text_.size() &&
                std::string_view("nr\"").find(text_[i + 1]) != std::string_view::npos) {
                escaped = true;
                break;
            }
            ++i;
        }
        std::size_t end = i;
        while (end > from && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
        if (end == from) return i;
        const std::string_view value(text_.data() + from, end - from);
        if (isMasked(value) || value == "\"***\"") return i;
        // Quoted, so that YAML reads the mask as text (a bare * starts an alias); escaped inside JSON.
        replace(from, end, !quote ? "***" : escaped ? "\\\"***\\\"" : "\"***\"");
        return i;
    }

    std::size_t maskCredential(std::size_t end) {
        std::size_t i = end;
        if (i >= text_.size() || text_[i] != ' ') return end;
        while (i < text_.size() && text_[i] == ' ') ++i;
        std::size_t stop = i;
        while (stop < text_.size() && isTokenChar(text_[stop])) ++stop;
        if (stop - i < kShortestCredential) return stop;
        replace(i, stop, kSecretMask);
        return stop;
    }

    // eyJ… with two dots: a JWT (pcsim's access tokens are JWT-shaped).
    std::size_t maskJwt(std::size_t start, std::size_t end) {
        std::size_t i = end;
        int dots = 0;
        while (i < text_.size() && dots < 2 && text_[i] == '.') {
            ++dots;
            ++i;
            while (i < text_.size() && isWordChar(text_[i])) ++i;
        }
        if (dots < 2) return end;
        replace(start, i, kSecretMask);
        return i;
    }

    void replace(std::size_t from, std::size_t to, std::string_view with) {
        if (!copied_) {
            out_.reserve(text_.size());
            copied_ = true;
        }
        out_.append(text_, copiedUpTo_, from - copiedUpTo_);
        out_.append(with);
        copiedUpTo_ = to;
    }

    std::string& text_;
    std::string out_;
    bool copied_ = false;
    std::size_t copiedUpTo_ = 0;
};

}  // namespace

std::string maskSecrets(std::string text) {
    Masker(text).run();
    return text;
}

bool sameSecret(std::string_view presented, std::string_view expected) {
    if (expected.empty()) return false;
    // Every byte of `presented` is looked at, against `expected` repeated: the time depends on
    // what the client sent alone.
    volatile unsigned char difference = presented.size() == expected.size() ? 0 : 1;
    for (std::size_t i = 0; i < presented.size(); ++i)
        difference = difference | static_cast<unsigned char>(presented[i] ^ expected[i % expected.size()]);
    return difference == 0;
}

}  // namespace pcsim::sim
