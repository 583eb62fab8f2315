namespace ConnectWise.Simulator.Seeding;

/// <summary>Agreement types ("Managed Service" first), currencies USD/EUR/GBP and invoice (billing) statuses.</summary>
internal static class FinanceSeed
{
    public const string Json = """
        {
          "finance/agreements/types": [
            {
              "id": 1, "name": "Managed Service", "defaultFlag": false, "inactiveFlag": false, "prePaymentFlag": false,
              "employeeCompRate": "Actual", "employeeCompNotExceed": "Billing", "invoicingCycle": "CalendarYear",
              "billTime": "Billable", "billExpenses": "Billable", "billProducts": "Billable", "prorateFlag": true,
              "applicationUnits": "Amount", "applicationCycle": "CalendarMonth", "applicationUnlimitedFlag": true, "oneTimeFlag": false
            },
            {
              "id": 2, "name": "Block Time", "defaultFlag": false, "inactiveFlag": false, "prePaymentFlag": true,
              "employeeCompRate": "Hourly", "employeeCompNotExceed": "Billing", "invoicingCycle": "ContractYear",
              "billTime": "Billable", "billExpenses": "Billable", "billProducts": "Billable", "prorateFlag": false,
              "applicationUnits": "Hours", "applicationCycle": "ContractYear", "applicationUnlimitedFlag": false, "oneTimeFlag": true
            },
            {
              "id": 3, "name": "Warranty", "defaultFlag": false, "inactiveFlag": false, "prePaymentFlag": false,
              "employeeCompRate": "Actual", "employeeCompNotExceed": "Billing", "invoicingCycle": "CalendarYear",
              "billTime": "NoCharge", "billExpenses": "NoCharge", "billProducts": "NoCharge", "prorateFlag": false,
              "applicationUnits": "Amount", "applicationCycle": "CalendarYear", "applicationUnlimitedFlag": true, "oneTimeFlag": false
            }
          ],
          "finance/currencies": [
            { "id": 1, "currencyIdentifier": "USD", "name": "US Dollar", "symbol": "$", "currencyCode": { "id": 840, "name": "USD" }, "thousandsSeparator": ",", "decimalSeparator": ".", "numberOfDecimals": 2, "displayIdFlag": false, "displaySymbolFlag": true, "negativeParenthesesFlag": false, "rightAlign": false },
            { "id": 2, "currencyIdentifier": "EUR", "name": "Euro", "symbol": "€", "currencyCode": { "id": 978, "name": "EUR" }, "thousandsSeparator": ".", "decimalSeparator": ",", "numberOfDecimals": 2, "displayIdFlag": false, "displaySymbolFlag": true, "negativeParenthesesFlag": false, "rightAlign": true },
            { "id": 3, "currencyIdentifier": "GBP", "name": "Pound Sterling", "symbol": "£", "currencyCode": { "id": 826, "name": "GBP" }, "thousandsSeparator": ",", "decimalSeparator": ".", "numberOfDecimals": 2, "displayIdFlag": false, "displaySymbolFlag": true, "negativeParenthesesFlag": false, "rightAlign": false }
          ],
          "finance/billingStatuses": [
            { "id": 1, "name": "New", "sortOrder": 1, "defaultFlag": true, "closedFlag": false, "inactiveFlag": false, "sentFlag": false },
            { "id": 2, "name": "Sent", "sortOrder": 2, "defaultFlag": false, "closedFlag": false, "inactiveFlag": false, "sentFlag": true },
            { "id": 3, "name": "Paid", "sortOrder": 3, "defaultFlag": false, "closedFlag": true, "inactiveFlag": false, "sentFlag": true },
            { "id": 4, "name": "Void", "sortOrder": 4, "defaultFlag": false, "closedFlag": true, "inactiveFlag": false, "sentFlag": false }
          ]
        }
        """;
}
