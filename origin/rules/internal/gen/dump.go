package main

import (
	"fmt"
	"io"

	"github.com/roo-trade/roo/origin/rules"
	"github.com/roo-trade/roo/origin/rules/internal/parse"
)

// dump prints, for every record, its text, roo's rendering and its
// outline, so that a person can check the parse record by record.
func dump(w io.Writer, recs []parse.Record, b *rules.Base) error {
	for _, rec := range recs {
		ch, err := b.Chapter(rec.Chapter)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "## %s/%d [%s] {%s}\nTEXT: %s\n", rec.Chapter, rec.Seq, rec.Label, rec.Scope, rec.Text)
		for _, r := range ch.Rules {
			if r.ID.Seq == rec.Seq {
				fmt.Fprintf(w, "RENDER: %s\n%s\n", rules.Render(r), rules.Outline(r))
			}
		}
		for _, n := range ch.Notes {
			if n.ID.Seq == rec.Seq {
				fmt.Fprintf(w, "NOTE %s kind=%s status=%s governs=%s except=%s materials=%s product=%q failure=%q\n",
					n.ID, n.Kind, n.Status, n.Governs, n.Except, n.Materials, n.Product, n.Failure)
				for _, c := range n.Conditions {
					fmt.Fprintf(w, "  fact %s: %s\n", c.Key, c.Question)
				}
				for _, a := range n.Assumptions {
					fmt.Fprintf(w, "  assumed: %s\n", a)
				}
				for _, f := range n.Flags {
					fmt.Fprintf(w, "  flag: %s\n", f)
				}
				fmt.Fprintln(w)
			}
		}
	}
	return nil
}
