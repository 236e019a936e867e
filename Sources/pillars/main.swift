import PillarsCLI

PillarsCommand.main()
