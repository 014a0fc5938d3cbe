package auto

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

func TestClassifyVehicle(t *testing.T) {
	for _, tc := range []struct {
		code    hs.Code
		use     Use
		vehicle bool
		class   Class
		problem string
	}{
		{"8703230190", UsePassengerVehicle, true, PassengerVehicle, ""},
		{"870340", UsePassengerVehicle, true, PassengerVehicle, ""},
		{"870350", UsePassengerVehicle, true, 0, "exclude HS 2022 8703.50"},
		{"870350", UseOtherVehicle, true, OtherVehicle, ""},
		{"870323", UseLightTruck, true, 0, "light trucks (HS 2012 8704.21, 8704.31)"},
		{"870323", 0, true, 0, "a passenger vehicle or an other vehicle"},
		{"870323", UseAftermarket, true, 0, "not an aftermarket part"},
		{"870441", UseLightTruck, true, LightTruck, ""},
		{"870441", UseHeavyTruck, true, HeavyTruck, ""},
		{"870460", UseLightTruck, true, 0, "a heavy truck or an other vehicle"},
		{"870410", UseHeavyTruck, true, 0, "an other vehicle"},
		{"870121", UseHeavyTruck, true, HeavyTruck, ""},
		{"870600", UseHeavyTruck, true, HeavyTruck, ""},
		{"870600", UsePassengerVehicle, false, 0, ""}, // a core part
		{"870830", UsePassengerVehicle, false, 0, ""},
		{"8703", UsePassengerVehicle, false, 0, ""}, // too coarse
	} {
		v := ClassifyVehicle(tc.code, tc.use)
		if v.Vehicle != tc.vehicle || v.Class != tc.class || (tc.problem == "") != (v.Problem == "") || !strings.Contains(v.Problem, tc.problem) {
			t.Errorf("%s as %s: vehicle %v class %s problem %q; want %v %s %q", tc.code, tc.use, v.Vehicle, v.Class, v.Problem, tc.vehicle, tc.class, tc.problem)
		}
	}
}

func TestNames(t *testing.T) {
	tableB := partProvisions[TableB]
	for got, want := range map[string]string{
		LightTruck.Slug(): "light-truck",
		(UsePassengerVehicle | UseLightTruck).Slug(): "passenger-vehicle,light-truck",
		(UseOtherVehicle | UseAftermarket).String():  "other vehicle or aftermarket",
		OptionSuperCore.Slug():                       "super-core",
		PurchaseBasis.Slug():                         "purchase-value",
		NetCostBasis.String():                        "net cost basis",
		NotMet.String() + "/" + Open.String():        "not met/undetermined",
		TableA1.Name():                               "Table A.1",
		ThresholdWords(tableB.RVC.At("2026-01-01")):  "70% NC (80% TV)",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	if ClassOf(UseHeavyTruck) != HeavyTruck || ClassOf(UseAftermarket) != 0 || OtherVehicle.Use() != UseOtherVehicle {
		t.Error("ClassOf / Use")
	}
	if len(WageRates()) != 3 || len(tables(t).In(TableS)) == 0 {
		t.Error("wage rates or Table S")
	}
}
