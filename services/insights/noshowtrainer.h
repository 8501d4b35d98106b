#pragma once

#include "domain/bookingrecord.h"
#include "noshowmodel.h"

#include <atomic>
#include <optional>
#include <vector>

namespace routiq {

// Trains a clinic's no-show model from its cached history as of `now`: the outcomes are the
// bookings that started before now and are marked attended or DNA; each is described by what
// was known at its own start (BookingContextWalk). In time order, the oldest 70 % train an
// L2-regularised logistic regression (liblinear), the next 15 % fit Platt scaling (liblinear
// again, on the one raw score), and the most recent 15 % are held out for the AUC and Brier
// skill shown to users. Below the minimum history there is no model, only what is missing.
class NoShowTrainer
{
public:
    struct Options
    {
        int minOutcomes = 300; // marked bookings
        int minNoShows = 25;
        int maxTrainingRows = 200'000; // the most recent outcomes, to bound time and memory
        double trainShare = 0.70;
        double calibrationShare = 0.15; // the rest is the validation hold-out
        double regularisation = 1.0;    // liblinear C
        // Set from another thread to stop early (an app quitting mid-training): no model.
        const std::atomic<bool> *cancel = nullptr;
    };

    struct Result
    {
        std::optional<NoShowModel> model; // set when info.status is Ready
        NoShowModelInfo info;
    };

    // Consumes `rows` (sorted, then freed once the features are built, to bound the peak).
    static Result train(std::vector<BookingRecord> &rows, qint64 nowMs, const Options &options);
    static Result train(std::vector<BookingRecord> &rows, qint64 nowMs)
    {
        return train(rows, nowMs, Options{});
    }
};

} // namespace routiq
