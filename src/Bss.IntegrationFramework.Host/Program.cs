using Bss.IntegrationFramework.Host.Cli;

return await HostCli.InvokeAsync(args).ConfigureAwait(false);
