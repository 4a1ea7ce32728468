// The framer that hands Pistache's parser one request at a time.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "http/request_framer.hpp"

namespace pcsim::http {
namespace {

const std::string kGet = "GET /_pcsim/health HTTP/1.1\r\nHost: x\r\n\r\n";
const std::string kPost =
    "POST /v1/carts HTTP/1.1\r\ncontent-LENGTH: 7\r\nContent-Type: application/json\r\n\r\n{\"a\":1}";
const std::string kDelete = "DELETE /_pcsim/journal HTTP/1.1\r\n\r\n";

// Feeds `chunks` in order and returns the pieces the framer emitted.
std::vector<std::string> framed(const std::vector<std::string>& chunks) {
    RequestFramer framer;
    std::vector<std::string> pieces;
    for (const auto& chunk : chunks) framer.split(chunk, [&](std::string_view piece) { pieces.emplace_back(piece); });
    return pieces;
}

TEST(RequestFramer, SplitsRequestsThatArriveTogether) {
    EXPECT_EQ(framed({kGet + kPost + kDelete}), (std::vector<std::string>{kGet, kPost, kDelete}));
}

TEST(RequestFramer, ASingleRequestPassesWhole) { EXPECT_EQ(framed({kPost}), (std::vector<std::string>{kPost})); }

TEST(RequestFramer, NoPieceEverHoldsTheEndOfOneRequestAndBytesOfTheNext) {
    // Every way of cutting three requests into two reads, including cuts inside "\r\n\r\n" and inside
    // a body: the pieces, concatenated, are the input, and a piece never runs past a request's end.
    const std::string all = kGet + kPost + kDelete;
    const std::vector<std::size_t> ends = {kGet.size(), kGet.size() + kPost.size(), all.size()};
    for (std::size_t cut = 0; cut <= all.size(); ++cut) {
        const auto pieces = framed({all.substr(0, cut), all.substr(cut)});
        std::string joined;
        for (const auto& piece : pieces) {
            const std::size_t start = joined.size();
            joined += piece;
            for (std::size_t end : ends)
                EXPECT_FALSE(start < end && end < joined.size()) << "cut at " << cut << ": a piece runs past " << end;
        }
        EXPECT_EQ(joined, all) << "cut at " << cut;
    }
}

TEST(RequestFramer, ByteByByteStillEndsPiecesAtEachRequest) {
    const std::string all = kPost + kGet;
    std::vector<std::string> bytes;
    for (char c : all) bytes.emplace_back(1, c);
    const auto pieces = framed(bytes);
    std::string sofar;
    std::vector<std::size_t> boundaries;
    for (const auto& piece : pieces) {
        sofar += piece;
        boundaries.push_back(sofar.size());
    }
    EXPECT_EQ(sofar, all);
    EXPECT_NE(std::find(boundaries.begin(), boundaries.end(), kPost.size()), boundaries.end());
}

TEST(RequestFramer, ChunkedBodiesAndBadLengthsPassThroughUnsplit) {
    const std::string chunked = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";
    EXPECT_EQ(framed({chunked + kGet}), (std::vector<std::string>{chunked + kGet}));
    const std::string badLength = "POST /x HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n";
    EXPECT_EQ(framed({badLength + kGet}), (std::vector<std::string>{badLength + kGet}));
    const std::string twoLengths = "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab";
    EXPECT_EQ(framed({twoLengths + kGet}), (std::vector<std::string>{twoLengths + kGet}));
    // From then on, the connection's bytes are not split any more.
    EXPECT_EQ(framed({chunked, kGet + kGet}), (std::vector<std::string>{chunked, kGet + kGet}));
}

TEST(RequestFramer, AHeadThatNeverEndsIsNotKeptForever) {
    RequestFramer framer;
    std::size_t emitted = 0;
    const std::string endless(64 * 1024, 'a');
    for (int i = 0; i < 64; ++i) framer.split(endless, [&](std::string_view piece) { emitted += piece.size(); });
    EXPECT_EQ(emitted, 64 * endless.size());  // every byte handed on, for Pistache to refuse
    std::vector<std::string> after;
    framer.split(kGet + kGet, [&](std::string_view piece) { after.emplace_back(piece); });
    EXPECT_EQ(after, (std::vector<std::string>{kGet + kGet}));  // handed on whole, no longer split
}

TEST(RequestFramer, EmptyLinesBeforeARequestAreDropped) {
    EXPECT_EQ(framed({"\r\n\r\n" + kGet + "\r\n" + kPost}), (std::vector<std::string>{kGet, kPost}));
    EXPECT_EQ(framed({"\r", "\n", "\r\n" + kGet}), (std::vector<std::string>{kGet}));
}

TEST(RequestFramer, SaysWhenAClientWaitsFor100Continue) {
    const std::string head = "POST /v1/carts HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n";
    const auto ignore = [](std::string_view) {};
    RequestFramer framer;
    EXPECT_TRUE(framer.split(head, ignore));  // head complete, no body yet
    EXPECT_FALSE(framer.split("{", ignore));  // asked once
    EXPECT_FALSE(framer.split("}", ignore));

    RequestFramer inParts;
    EXPECT_FALSE(inParts.split(head.substr(0, 20), ignore));  // the head is not complete yet
    EXPECT_TRUE(inParts.split(head.substr(20), ignore));

    EXPECT_FALSE(RequestFramer{}.split(head + "{", ignore));  // some of the body came with it
    EXPECT_FALSE(RequestFramer{}.split(kPost, ignore));       // no Expect
    std::string http10 = head;
    http10.replace(http10.find("HTTP/1.1"), 8, "HTTP/1.0");
    EXPECT_FALSE(RequestFramer{}.split(http10, ignore));  // 100 is HTTP/1.1 only
}

// Each request is served while its piece is emitted; the target read then is that request's, as sent.
TEST(RequestFramer, KeepsEachRequestsTargetAsSent) {
    RequestFramer framer;
    std::vector<std::string> targets;
    const std::string query = "GET /v1/products?targetView=Azure%52eservationsVM&country=US HTTP/1.1\r\n\r\n";
    const std::string absolute = "GET http://localhost:8080/v1/Products?Country=us HTTP/1.1\r\n\r\n";
    framer.split(query + kPost + absolute, [&](std::string_view) { targets.push_back(framer.takeTarget()); });
    EXPECT_EQ(targets, (std::vector<std::string>{"/v1/products?targetView=Azure%52eservationsVM&country=US",
                                                 "/v1/carts", "/v1/Products?Country=us"}));
    EXPECT_EQ(framer.takeTarget(), "");  // once
}

}  // namespace
}  // namespace pcsim::http
