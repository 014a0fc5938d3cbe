package tariffs

import (
	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// BasesOf are the overlay bases of a good from its content by country and
// metal content (origin.ContentOf). The figures are in the good's currency;
// the caller prices only goods whose currency is the schedule's. A nil
// content gives unknown bases.
func BasesOf(c *origin.Content) Bases {
	if c == nil {
		return Bases{}
	}
	return Bases{
		NonUSContent: c.NonUSContent,
		Steel:        decimal.NewNullDecimal(c.Metal.Steel),
		Aluminum:     decimal.NewNullDecimal(c.Metal.Aluminum),
		Copper:       decimal.NewNullDecimal(c.Metal.Copper),
	}
}
