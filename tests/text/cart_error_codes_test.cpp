// The one list of cart line error codes, as the client names them and the rules answer with them.
#include <gtest/gtest.h>

#include "partnercenter/cart_error_codes.hpp"

namespace partnercenter {
namespace {

TEST(CartErrorCodes, NamesAndCodesMapBothWays) {
    EXPECT_EQ(cartErrorCodeFromName("SubscriptionNotRegistered"), 10011);
    EXPECT_EQ(cartErrorCodeFromName("subscription_not_registered"), 10011);
    EXPECT_EQ(cartErrorCodeFromName("SUBSCRIPTIONISNOTENABLEDFORRI"), 10008);
    EXPECT_EQ(cartErrorName(10001), "CatalogItemIdIsNotValid");
    EXPECT_EQ(cartErrorName(500600), "LegacyOfferNotEligibleForPurchase");
    EXPECT_EQ(int(CartErrorCode::sandbox_limit_exceeded), 10009);
}

TEST(CartErrorCodes, UnknownNamesAndCodesAreNothing) {
    EXPECT_FALSE(cartErrorCodeFromName(""));
    EXPECT_FALSE(cartErrorCodeFromName("invalid_inputs"));
    EXPECT_FALSE(cartErrorName(10005));  // the SDK skips 10005
    EXPECT_FALSE(cartErrorName(-1));
}

TEST(CartErrorCodes, EveryNameReadsBackToItsOwnCode) {
    for (int code = 0; code <= 600000; ++code) {
        if (auto name = cartErrorName(code)) {
            EXPECT_EQ(cartErrorCodeFromName(*name), code) << *name;
        }
    }
}

}  // namespace
}  // namespace partnercenter
