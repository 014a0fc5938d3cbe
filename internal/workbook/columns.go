package workbook

// Col identifies a canonical column.
type Col int

// The canonical columns. Good* columns describe the finished good; the
// others describe a BOM line.
const (
	ColGoodID Col = iota
	ColGoodDescription
	ColGoodHTS
	ColProducerCountry
	ColImportingCountry
	ColTransactionValue
	ColNetCost
	ColTotalCost
	ColSalesPromotion
	ColRoyalties
	ColShippingPacking
	ColNonAllowableInterest
	ColCurrencyGain
	ColGoodCurrency
	ColGoodQuantity
	ColGoodUnit
	ColCustomsValue
	ColAnnualVolume
	ColVehicleUse
	ColAsOf
	ColGoodWeight
	ColComponentWeight

	ColParent
	ColPartNumber
	ColDescription
	ColHTS
	ColOriginStatus
	ColCountry
	ColQuantity
	ColUnitCost
	ColValue
	ColCurrency
	ColExchangeRate
	ColKind
	ColSupplier
	ColCertification
	ColCertifiedUntil
	ColWeight
	ColElastomeric
	ColSupplierVNM
	ColSupplierNC

	ColFactName  // Facts sheet: the fact key
	ColFactValue // Facts sheet: yes or no

	// The Vehicle sheet (vehicle_columns.go).
	ColCorePart
	ColPartNetCost
	ColVNMOption
	ColLVCBasis
	ColHWM
	ColHWLC
	ColLVCNetCost
	ColAPV
	ColTAPV
	ColTechWages
	ColProductionWages
	ColAssemblyPlant
	ColEngineCapacity
	ColTransmissionCapacity
	ColBatteryCapacity
	ColSteelPurchases
	ColOriginatingSteel
	ColAluminumPurchases
	ColOriginatingAluminum
	ColPeriodFrom
	ColPeriodTo
	ColNewPlant
	ColNewPlantDate

	// Content by country and metal content (content_columns.go).
	ColUSValueAdded
	ColSteelContent
	ColAluminumContent
	ColCopperContent

	// Inputs the law needs (law_columns.go).
	ColRVCMethod
	ColFormerCode
	ColMaterialFormerCode
	ColInventoryMethod
	ColOriginatingShare
	ColInventoryPeriod

	numCols
)

// side says which sheet a column belongs to.
type side int

const (
	sideGoods side = 1 << iota
	sideBOM
	sideFacts
	sideVehicle
)

// column describes a canonical column: its name in the template, the sheet
// it belongs to, and the headers people use for it.
type column struct {
	name    string // canonical header, as the template writes it
	side    side
	aliases []string // English, Spanish and French; matched after normalising
	// flatAliases are used only where good and BOM columns share a sheet
	// (the flat layout), to tell "Good HTS" from a material's "HTS".
	flatAliases []string
	help        string // header comment in the template
}

var columns = withColumns([numCols]column{
	ColGoodID: {name: "Good ID", side: sideGoods | sideBOM | sideFacts | sideVehicle,
		aliases:     []string{"Good ID", "Good", "Product ID", "Product", "Finished good", "Finished good ID", "FG", "SKU", "Item", "ID del producto", "Producto", "Mercancía", "ID de mercancía", "Código de producto", "Artículo", "ID du produit", "Produit", "Bien", "Article", "Code produit"},
		flatAliases: []string{"Good number", "Product number", "Número de producto", "Numéro de produit"},
		help:        "Your identifier for the finished good; every BOM line names it."},
	ColGoodDescription: {name: "Description", side: sideGoods,
		aliases:     []string{"Description", "Good description", "Product description", "Descripción", "Descripción del producto", "Désignation", "Description du produit"},
		flatAliases: []string{"Good description", "Product description", "Finished good description", "Descripción del producto", "Descripción de la mercancía", "Description du produit", "Désignation du produit"},
		help:        "What the good is, in words an auditor recognises."},
	ColGoodHTS: {name: "HTS code", side: sideGoods,
		aliases:     []string{"HTS code", "HTS", "HTSUS", "HS code", "HS", "Tariff code", "Tariff classification", "Classification", "Fracción arancelaria", "Fracción", "Código arancelario", "Clasificación arancelaria", "Numéro tarifaire", "Classement tarifaire", "Code SH", "Code tarifaire"},
		flatAliases: []string{"Good HTS", "Good HTS code", "Good HS code", "Product HTS", "Product HTS code", "Product HS code", "FG HTS", "Fracción arancelaria del producto", "Fracción del producto", "Fracción de la mercancía", "Numéro tarifaire du produit", "Classement du produit"},
		help:        "HTS classification of the good: 6 to 10 digits, dots optional (8708.30.50)."},
	ColProducerCountry: {name: "Producer country", side: sideGoods,
		aliases: []string{"Producer country", "Country of production", "Country of manufacture", "Production country", "País productor", "País de producción", "País del productor", "Pays du producteur", "Pays de production"},
		help:    "Where the good is produced: US, CA or MX."},
	ColImportingCountry: {name: "Importing country", side: sideGoods,
		aliases: []string{"Importing country", "Import country", "Destination country", "Destination", "País importador", "País de importación", "País de destino", "Pays importateur", "Pays d'importation", "Pays de destination"},
		help:    "Where the good is imported: US (default), CA or MX."},
	ColTransactionValue: {name: "Transaction value", side: sideGoods,
		aliases: []string{"Transaction value", "TV", "Selling price", "Valor de transacción", "Valor de transaccion", "Precio de venta", "Valeur transactionnelle", "Valeur de transaction", "Prix de vente"},
		help:    "Price per unit, adjusted to the point of direct shipment (no international freight or shipping packing)."},
	ColNetCost: {name: "Net cost", side: sideGoods,
		aliases: []string{"Net cost", "NC", "Costo neto", "Coste neto", "Coût net"},
		help:    "Net cost per unit; or leave empty and give Total cost with the excluded costs."},
	ColTotalCost: {name: "Total cost", side: sideGoods,
		aliases: []string{"Total cost", "TC", "Costo total", "Coste total", "Coût total"},
		help:    "Total cost per unit (no profit); net cost is derived by deducting the excluded costs."},
	ColSalesPromotion: {name: "Sales promotion", side: sideGoods,
		aliases: []string{"Sales promotion", "Sales promotion, marketing and after-sales service", "Marketing", "Promoción de ventas", "Promoción de ventas, comercialización y servicio posventa", "Promotion des ventes"},
		help:    "Excluded cost: sales promotion, marketing and after-sales service, per unit."},
	ColRoyalties: {name: "Royalties", side: sideGoods,
		aliases: []string{"Royalties", "Regalías", "Regalias", "Redevances"},
		help:    "Excluded cost: royalties per unit."},
	ColShippingPacking: {name: "Shipping and packing", side: sideGoods,
		aliases: []string{"Shipping and packing", "Shipping & packing", "Shipping and packing costs", "Embarque y empaque", "Envío y embalaje", "Costos de embarque y empaque", "Expédition et emballage", "Frais d'expédition et d'emballage"},
		help:    "Excluded cost: shipping and packing per unit."},
	ColNonAllowableInterest: {name: "Non-allowable interest", side: sideGoods,
		aliases: []string{"Non-allowable interest", "Nonallowable interest", "Intereses no admisibles", "Intereses no permitidos", "Intérêts non admissibles"},
		help:    "Excluded cost: non-allowable interest per unit (more than 700 basis points over the government rate)."},
	ColCurrencyGain: {name: "Currency gain (loss)", side: sideGoods,
		aliases: []string{"Currency gain (loss)", "Currency gain", "FX gain (loss)", "Exchange gain (loss)", "Ganancia (pérdida) cambiaria", "Ganancia cambiaria", "Gain (perte) de change", "Gain de change"},
		help:    "Net currency gain related to production not yet in Total cost (a loss is negative); deducted from total cost."},
	ColGoodCurrency: {name: "Currency", side: sideGoods,
		aliases:     []string{"Currency", "Moneda", "Divisa", "Devise", "Monnaie"},
		flatAliases: []string{"Good currency", "Product currency", "Moneda del producto", "Devise du produit"},
		help:        "ISO 4217 code of the good's amounts (default USD)."},
	ColGoodQuantity: {name: "Quantity", side: sideGoods,
		aliases:     []string{"Quantity", "Qty", "Cantidad", "Quantité"},
		flatAliases: []string{"Good quantity", "Product quantity", "Cantidad del producto", "Quantité du produit"},
		help:        "Quantity of one good in the HTS unit (for specific duties), e.g. 1 No. or 12.5 kg."},
	ColGoodUnit: {name: "Unit", side: sideGoods,
		aliases: []string{"Unit", "UOM", "Unit of quantity", "HTS unit", "Unidad", "Unidad de medida", "Unité", "Unité de mesure"},
		help:    "The HTS unit of quantity (No., kg, doz., pcs, …)."},
	ColCustomsValue: {name: "Customs value", side: sideGoods,
		aliases: []string{"Customs value", "Entered value", "Valor en aduana", "Valeur en douane"},
		help:    "Customs value per unit for duty (default: the transaction value)."},
	ColAnnualVolume: {name: "Annual volume", side: sideGoods,
		aliases: []string{"Annual volume", "Annual quantity", "Units per year", "Volume per year", "Volumen anual", "Unidades por año", "Volume annuel", "Unités par an"},
		help:    "Units imported per year, for the annual exposure."},
	ColVehicleUse: {name: "Vehicle use", side: sideGoods,
		aliases: []string{"Vehicle use", "Use", "Automotive use", "Uso vehicular", "Uso del vehículo", "Uso", "Usage du véhicule", "Usage"},
		help:    "For automotive goods: passenger vehicle, light truck, heavy truck, other, aftermarket."},
	ColAsOf: {name: "As-of date", side: sideGoods,
		aliases: []string{"As-of date", "As of", "As of date", "Evaluation date", "Fecha", "Fecha de evaluación", "Date", "Date d'évaluation"},
		help:    "Date the determination is made for (YYYY-MM-DD); decides rule versions and thresholds."},
	ColGoodWeight: {name: "Weight", side: sideGoods,
		aliases:     []string{"Weight", "Net weight", "Peso", "Peso neto", "Poids", "Poids net"},
		flatAliases: []string{"Good weight", "Product weight", "Peso del producto", "Poids du produit"},
		help:        "Weight of one good, in the unit the BOM weights use (textile de minimis, chapters 50–60 and 96.19)."},
	ColComponentWeight: {name: "Component weight", side: sideGoods,
		aliases: []string{"Component weight", "Classifying component weight", "Peso del componente", "Poids du composant"},
		help:    "Weight of the component that determines the classification (garments of chapters 61–63: textile de minimis)."},

	ColParent: {name: "Parent", side: sideBOM,
		aliases: []string{"Parent", "Parent part", "Parent part number", "Goes into", "Assembly", "Padre", "Parte padre", "Ensamble", "Pièce parente", "Assemblage", "Parent"},
		help:    "Part number of the sub-assembly this line goes into; blank = directly into the good."},
	ColPartNumber: {name: "Part number", side: sideBOM | sideVehicle,
		aliases: []string{"Part number", "Part no", "Part #", "Part", "PN", "Component", "Component number", "Material", "Material number", "Item number", "Número de parte", "No. de parte", "Parte", "Componente", "Número de componente", "Numéro de pièce", "Pièce", "Référence", "Composant"},
		help:    "Your part number; Parent refers to it."},
	ColDescription: {name: "Description", side: sideBOM,
		aliases: []string{"Description", "Component description", "Material description", "Part description", "Descripción", "Descripción del componente", "Désignation", "Description du composant"},
		help:    "What the material is."},
	ColHTS: {name: "HTS code", side: sideBOM,
		aliases: []string{"HTS code", "HTS", "HTSUS", "HS code", "HS", "Tariff code", "Tariff classification", "Classification", "Component HTS", "Material HTS", "Component HS code", "Material HS code", "Fracción arancelaria", "Fracción", "Código arancelario", "Fracción del componente", "Fracción arancelaria del componente", "Numéro tarifaire", "Classement tarifaire", "Code SH", "Numéro tarifaire du composant"},
		help:    "Classification of the material (required for non-originating materials)."},
	ColOriginStatus: {name: "Origin status", side: sideBOM,
		aliases: []string{"Origin status", "Originating", "USMCA originating", "USMCA status", "Origin", "Estatus de origen", "Estado de origen", "Originario", "Carácter de origen", "Statut d'origine", "Originaire", "Caractère originaire"},
		help:    "originating, non-originating or unknown (unknown is treated as non-originating and flagged)."},
	ColCountry: {name: "Country of origin", side: sideBOM,
		aliases: []string{"Country of origin", "COO", "Origin country", "Country", "Made in", "País de origen", "País", "Pays d'origine", "Pays"},
		help:    "ISO code of the country the material comes from; reported, not used to decide origin."},
	ColQuantity: {name: "Quantity", side: sideBOM,
		aliases: []string{"Quantity", "Qty", "Qty per", "Quantity per", "Quantity per good", "Cantidad", "Cantidad por producto", "Quantité", "Quantité par produit"},
		help:    "Quantity of this material in one good."},
	ColUnitCost: {name: "Unit cost", side: sideBOM,
		aliases: []string{"Unit cost", "Cost", "Unit price", "Price per unit", "Standard cost", "Costo unitario", "Precio unitario", "Coste unitario", "Coût unitaire", "Prix unitaire"},
		help:    "Cost of one unit of the material; Value = Quantity × Unit cost."},
	ColValue: {name: "Value", side: sideBOM,
		aliases: []string{"Value", "Extended value", "Extended cost", "Line value", "Total value", "Valor", "Valor total", "Valor extendido", "Valeur", "Valeur totale"},
		help:    "Value of this line in one good (instead of Quantity × Unit cost)."},
	ColCurrency: {name: "Currency", side: sideBOM,
		aliases:     []string{"Currency", "Moneda", "Divisa", "Devise", "Monnaie"},
		flatAliases: []string{"Component currency", "Material currency", "Moneda del componente", "Devise du composant"},
		help:        "ISO 4217 code of this line's amounts (default: the good's currency)."},
	ColExchangeRate: {name: "Exchange rate", side: sideBOM,
		aliases: []string{"Exchange rate", "FX rate", "Tipo de cambio", "Taux de change"},
		help:    "Rate the producer recorded, from this line's currency to the good's currency."},
	ColKind: {name: "Kind", side: sideBOM,
		aliases: []string{"Kind", "Type", "Material type", "Line type", "Category", "Tipo", "Clase", "Tipo de material", "Nature", "Type de matière"},
		help:    "material, indirect, packaging, packing, accessory, self-produced, intermediate or recovered."},
	ColSupplier: {name: "Supplier", side: sideBOM,
		aliases: []string{"Supplier", "Vendor", "Supplier name", "Proveedor", "Fournisseur"},
		help:    "Who supplies the material; the certification campaign groups by it."},
	ColCertification: {name: "Certification", side: sideBOM,
		aliases: []string{"Certification", "Certificate", "Certification reference", "Certificate of origin", "Certificación", "Certificado", "Certificado de origen", "Certificat", "Certificat d'origine"},
		help:    "Reference of the supplier's certification of origin."},
	ColCertifiedUntil: {name: "Certified until", side: sideBOM,
		aliases: []string{"Certified until", "Certification expiry", "Certificate expiry", "Valid until", "Blanket period end", "Certificado hasta", "Vigencia", "Vigente hasta", "Certifié jusqu'au", "Valide jusqu'au"},
		help:    "Last day the certification covers (YYYY-MM-DD); after it the line counts as non-originating."},
	ColWeight: {name: "Weight", side: sideBOM,
		aliases: []string{"Weight", "Net weight", "Peso", "Peso neto", "Poids", "Poids net"},
		help:    "Weight of the material in one good (textile de minimis)."},
	ColElastomeric: {name: "Elastomeric", side: sideBOM,
		aliases: []string{"Elastomeric", "Elastomeric weight", "Elastomérico", "Peso elastomérico", "Élastomère", "Poids élastomère"},
		help:    "Weight of elastomeric yarn in this material (textile de minimis)."},
	ColSupplierVNM: {name: "Supplier VNM", side: sideBOM,
		aliases: []string{"Supplier VNM", "Supplier value of non-originating materials", "VMN del proveedor", "VMNO del proveedor", "VMNO du fournisseur", "VMN du fournisseur"},
		help:    "From the supplier's signed statement: its value of non-originating materials (accumulation)."},
	ColSupplierNC: {name: "Supplier NC", side: sideBOM,
		aliases: []string{"Supplier NC", "Supplier net cost", "CN del proveedor", "Costo neto del proveedor", "CN du fournisseur", "Coût net du fournisseur"},
		help:    "From the supplier's signed statement: its net cost (accumulation)."},

	ColFactName: {name: "Fact", side: sideFacts,
		aliases: []string{"Fact", "Fact key", "Hecho", "Fait"},
		help:    "The fact a rule needs (see roo rule CODE), e.g. cut-and-sewn."},
	ColFactValue: {name: "Value", side: sideFacts,
		aliases: []string{"Value", "Answer", "Yes/No", "Valor", "Respuesta", "Valeur", "Réponse"},
		help:    "yes or no."},
}, vehicleColumns, contentColumns, lawColumns)

// factPrefixes introduce a fact column on the Goods sheet ("Fact: cut-and-sewn").
var factPrefixes = []string{"fact", "hecho", "fait"}

// sheetNames are the names that identify the canonical sheets.
var (
	goodsSheetNames   = []string{"Goods", "Products", "Finished goods", "Productos", "Mercancías", "Bienes", "Produits", "Biens", "Marchandises"}
	bomSheetNames     = []string{"BOM", "Bill of materials", "Materials", "Components", "Lista de materiales", "LDM", "Materiales", "Componentes", "Nomenclature", "Matières", "Composants"}
	factsSheetNames   = []string{"Facts", "Hechos", "Faits"}
	vehicleSheetNames = []string{"Vehicle", "Vehicles", "Vehículo", "Vehículos", "Véhicule", "Véhicules"}
	// ignoredSheetNames are sheets roo writes itself or that never hold data.
	ignoredSheetNames = []string{"Instructions", "Lists", "Read me", "Readme", "Instrucciones", "Listas", "Lisez-moi", "Listes"}
)

// Name is the canonical header of c.
func (c Col) Name() string { return columns[c].name }

// withColumns adds the columns defined beside the main table (the Vehicle
// sheet's, the content columns, the law's inputs) to it.
func withColumns(cols [numCols]column, groups ...map[Col]column) [numCols]column {
	for _, g := range groups {
		for c, col := range g {
			cols[c] = col
		}
	}
	return cols
}
