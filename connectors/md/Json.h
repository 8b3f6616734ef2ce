#pragma once

// A small streaming JSON writer for the decoders' line-per-message output (wsctl md decode
// --jsonl): keys in the specification's order, no intermediate document, no allocation beyond
// the output string. Objects and arrays close themselves when they go out of scope.

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace ws::md {

// Appends `s` as a JSON string. Bytes outside printable ASCII come from untrusted input and
// are written as \u00XX so the line stays valid JSON whatever the feed carried.
inline void appendJsonString(std::string& out, std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20 || u >= 0x7f) {
            out.append("\\u00");
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 0xf]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

template <std::integral T> void appendJsonNumber(std::string& out, T v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

class JsonArray;

class JsonObject
{
public:
    explicit JsonObject(std::string& out) : out_(out) { out_.push_back('{'); }
    ~JsonObject() { out_.push_back('}'); }
    JsonObject(const JsonObject&) = delete;
    JsonObject& operator=(const JsonObject&) = delete;

    template <std::integral T> void num(std::string_view key, T v)
    {
        this->key(key);
        appendJsonNumber(out_, v);
    }
    void str(std::string_view key, std::string_view v)
    {
        this->key(key);
        appendJsonString(out_, v);
    }
    void boolean(std::string_view key, bool v)
    {
        this->key(key);
        out_.append(v ? "true" : "false");
    }
    inline JsonArray array(std::string_view key);

private:
    void key(std::string_view k)
    {
        if (!first_)
            out_.push_back(',');
        first_ = false;
        appendJsonString(out_, k);
        out_.push_back(':');
    }
    std::string& out_;
    bool first_ = true;
};

class JsonArray
{
public:
    explicit JsonArray(std::string& out) : out_(out) { out_.push_back('['); }
    ~JsonArray() { out_.push_back(']'); }
    JsonArray(const JsonArray&) = delete;
    JsonArray& operator=(const JsonArray&) = delete;

    template <std::integral T> void num(T v)
    {
        comma();
        appendJsonNumber(out_, v);
    }
    JsonObject object()
    {
        comma();
        return JsonObject(out_);
    }
    JsonArray array()
    {
        comma();
        return JsonArray(out_);
    }

private:
    void comma()
    {
        if (!first_)
            out_.push_back(',');
        first_ = false;
    }
    std::string& out_;
    bool first_ = true;
};

JsonArray JsonObject::array(std::string_view key)
{
    this->key(key);
    return JsonArray(out_);
}

} // namespace ws::md
