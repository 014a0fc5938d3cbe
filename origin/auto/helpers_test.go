package auto

import (
	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

func hsCode(s string) hs.Code       { return hs.Code(s) }
func rulesDate(s string) rules.Date { return rules.Date(s) }

// Branch requirements as rules state them, for the replacement tests.
var (
	rulesRVC60_50 = rules.RVC{Thresholds: []rules.Threshold{
		{Method: rules.TransactionValue, Percent: decimal.NewFromInt(60)},
		{Method: rules.NetCost, Percent: decimal.NewFromInt(50)}}}
	rulesRVC70NC = rules.RVC{Thresholds: []rules.Threshold{{Method: rules.NetCost, Percent: decimal.NewFromInt(70)}}}
)
